package org.newsroom.facts.usage;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.shared.Page;
import org.newsroom.facts.shared.PageInfo;

/** A page of usages, with its total. */
@Type("UsageConnection")
@Description("A page of usages.")
public class UsageConnection {

    private final Page<Usage> page;
    private final int totalCount;

    UsageConnection(Page<Usage> page, int totalCount) {
        this.page = page;
        this.totalCount = totalCount;
    }

    @Description("The usages of this page with their cursors.")
    public @NonNull List<@NonNull UsageEdge> getEdges() {
        return page.edges(UsageEdge::new);
    }

    @Description("The usages of this page.")
    public @NonNull List<@NonNull Usage> getNodes() {
        return page.items();
    }

    @Description("Where this page stands.")
    public @NonNull PageInfo getPageInfo() {
        return page.pageInfo();
    }

    @Description("How many usages match, over all pages.")
    public int getTotalCount() {
        return totalCount;
    }

    /** A usage with its cursor. */
    @Type("UsageEdge")
    @Description("A usage with its cursor.")
    public record UsageEdge(
            @NonNull @Description("An opaque cursor: pass it as after to get the usages that follow.") String cursor,
            @NonNull @Description("The usage.") Usage node) {
    }
}
