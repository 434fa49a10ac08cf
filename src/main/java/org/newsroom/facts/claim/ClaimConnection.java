package org.newsroom.facts.claim;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.fact.FactPage;
import org.newsroom.facts.shared.Page;
import org.newsroom.facts.shared.PageInfo;

/** A page of claims; totalCount is a batched field of {@link ClaimGraphQLApi}. */
@Type("ClaimConnection")
@Description("A page of claims.")
public class ClaimConnection {

    private final Page<Claim> page;

    public ClaimConnection(Page<Claim> page) {
        this.page = page;
    }

    @Description("The claims of this page with their cursors.")
    public @NonNull List<@NonNull ClaimEdge> getEdges() {
        return page.edges(ClaimEdge::new);
    }

    @Description("The claims of this page.")
    public @NonNull List<@NonNull Claim> getNodes() {
        return page.items();
    }

    @Description("Where this page stands.")
    public @NonNull PageInfo getPageInfo() {
        return page.pageInfo();
    }

    @Ignore
    public FactPage countKey() {
        return (FactPage) page.countKey();
    }

    /** A claim with its cursor. */
    @Type("ClaimEdge")
    @Description("A claim with its cursor.")
    public record ClaimEdge(
            @NonNull @Description("Pass as after to get the claims that follow.") String cursor,
            @NonNull @Description("The claim.") Claim node) {
    }
}
