package org.newsroom.facts.correction;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.shared.Page;
import org.newsroom.facts.shared.PageInfo;

/** A page of corrections, newest first; totalCount is a field of {@link CorrectionGraphQLApi}. */
@Type("CorrectionConnection")
@Description("A page of corrections, newest first.")
public class CorrectionConnection {

    private final Page<Correction> page;

    public CorrectionConnection(Page<Correction> page) {
        this.page = page;
    }

    @Description("The corrections of this page with their cursors.")
    public @NonNull List<@NonNull CorrectionEdge> getEdges() {
        return page.edges(CorrectionEdge::new);
    }

    @Description("The corrections of this page.")
    public @NonNull List<@NonNull Correction> getNodes() {
        return page.items();
    }

    @Description("Where this page stands.")
    public @NonNull PageInfo getPageInfo() {
        return page.pageInfo();
    }

    /** Counts the matching corrections; {@link CorrectionGraphQLApi} calls it only when the client asks. */
    @Ignore
    public int count() {
        return ((java.util.function.IntSupplier) page.countKey()).getAsInt();
    }

    /** A correction with its cursor. */
    @Type("CorrectionEdge")
    @Description("A correction with its cursor.")
    public record CorrectionEdge(
            @NonNull @Description("An opaque cursor: pass it as after to get the corrections that follow.") String cursor,
            @NonNull @Description("The correction.") Correction node) {
    }
}
