package org.newsroom.facts.fact;

import java.util.List;
import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.shared.Page;
import org.newsroom.facts.shared.PageInfo;

/** A page of facts of any kind (search results, the sync feed); totalCount is a field of {@link FactGraphQLApi}. */
@Type("FactConnection")
@Description("A page of facts of any kind.")
public class FactConnection {

    private final Page<Fact> page;
    private final IntSupplier total;

    /** @param total counted only when the client asks for totalCount */
    public FactConnection(Page<Fact> page, IntSupplier total) {
        this.page = page;
        this.total = total;
    }

    /** A page whose totalCount is counted, batched with other pages, from its query ({@link Page#countKey}). */
    public FactConnection(Page<Fact> page) {
        this(page, null);
    }

    /** What the totalCount of a page cut per group is counted from; null for search and the sync feed. */
    @Ignore
    public FactPage countKey() {
        return total == null ? (FactPage) page.countKey() : null;
    }

    @Description("The facts of this page with their cursors.")
    public @NonNull List<@NonNull FactEdge> getEdges() {
        return page.edges(FactEdge::new);
    }

    @Description("The facts of this page.")
    public @NonNull List<@NonNull Fact> getNodes() {
        return page.items();
    }

    @Description("Where this page stands.")
    public @NonNull PageInfo getPageInfo() {
        return page.pageInfo();
    }

    /** Counts the matching facts; {@link FactGraphQLApi#totalCount} calls it only when the client asks. */
    @Ignore
    public int count() {
        return total.getAsInt();
    }

    /** A fact with its cursor. */
    @Type("FactEdge")
    @Description("A fact with its cursor.")
    public record FactEdge(
            @NonNull @Description("An opaque cursor: pass it as after to get the facts that follow.") String cursor,
            @NonNull @Description("The fact.") Fact node) {
    }
}
