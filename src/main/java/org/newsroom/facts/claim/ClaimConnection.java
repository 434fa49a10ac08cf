package org.newsroom.facts.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.fact.KindConnection;
import org.newsroom.facts.shared.Page;

/** A page of claims; totalCount is a batched field of {@link ClaimGraphQLApi}. */
@Type("ClaimConnection")
@Description("A page of claims.")
public class ClaimConnection extends KindConnection<Claim, ClaimConnection.ClaimEdge> {

    public ClaimConnection(Page<Claim> page) {
        super(page, ClaimEdge::new);
    }

    /** A claim with its cursor. */
    @Type("ClaimEdge")
    @Description("A claim with its cursor.")
    public record ClaimEdge(
            @NonNull @Description("An opaque cursor: pass it as after to get the claims that follow.") String cursor,
            @NonNull @Description("The claim.") Claim node) {
    }
}
