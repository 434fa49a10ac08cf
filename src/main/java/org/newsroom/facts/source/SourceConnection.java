package org.newsroom.facts.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.shared.Page;
import org.newsroom.facts.shared.PageInfo;

/** A page of sources. */
@Type("SourceConnection")
@Description("A page of sources, ordered by name.")
public class SourceConnection {

    private final Page<Source> page;
    private final int total;

    public SourceConnection(Page<Source> page, int total) {
        this.page = page;
        this.total = total;
    }

    @Description("The sources of this page with their cursors.")
    public @NonNull List<@NonNull SourceEdge> getEdges() {
        return page.edges(SourceEdge::new);
    }

    @Description("The sources of this page.")
    public @NonNull List<@NonNull Source> getNodes() {
        return page.items();
    }

    @Description("Where this page stands.")
    public @NonNull PageInfo getPageInfo() {
        return page.pageInfo();
    }

    @Description("How many sources match, over all pages.")
    public int getTotalCount() {
        return total;
    }

    /** A source with its cursor. */
    @Type("SourceEdge")
    @Description("A source with its cursor.")
    public record SourceEdge(
            @NonNull @Description("An opaque cursor: pass it as after to get the sources that follow.") String cursor,
            @NonNull @Description("The source.") Source node) {
    }
}
