package org.newsroom.facts.correction;

import org.newsroom.facts.shared.PageInfo;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsroom.facts.fact.Citation;
import org.newsroom.facts.fact.Fact;
import org.newsroom.facts.shared.Batches;
import org.newsroom.facts.shared.ErrorBoundary;

import jakarta.inject.Inject;

/** GraphQL operations of corrections, and their batched fields. */
@GraphQLApi
@ErrorBoundary
public class CorrectionGraphQLApi {

    @Inject
    CorrectionService service;

    @Query("corrections")
    @Description("Corrections, newest first unless order says otherwise. Editors and chiefs only.")
    public @NonNull CorrectionConnection corrections(@Description("Only corrections in this state.") CorrectionStatus status,
            @DefaultValue("NEWEST_FIRST") @Description("The order; the review queue is PENDING, OLDEST_FIRST.") CorrectionOrder order,
            @DefaultValue("20") @Description("How many (at most 100).") Integer first,
            @Description(PageInfo.AFTER) String after,
            @DefaultValue("false") @Description("Only the signed-in user's own corrections (the desk's 'My corrections'), with their reviews.") Boolean mine) {
        return service.page(status, order, first, after, Boolean.TRUE.equals(mine));
    }

    @Mutation("submitCorrection")
    @Description("editor, chief: proposes a change to a PUBLISHED fact")
    public @NonNull Correction submitCorrection(@NonNull @Description("The proposed correction.") CorrectionInput input) {
        return service.submit(input);
    }

    @Mutation("reviewCorrection")
    @Description("chief, not the correction's author: APPROVE applies the change, bumps the version, adds the public note and a CORRECTED revision, all at once; REJECT changes nothing but the correction")
    public @NonNull Correction reviewCorrection(@NonNull @Id @Description("The correction.") String id,
            @NonNull @Description("Approve or reject.") ReviewDecision decision,
            @Description("The chief's note on the decision.") String note) {
        return service.review(id, decision, note);
    }

    @Description("The fact the correction is about.")
    public @NonNull List<@NonNull Fact> fact(@Source List<Correction> corrections) {
        return Batches.inOrder(corrections, Correction::factId, service::factsOf);
    }

    @Description("The citation that shows the correction is right.")
    public List<Citation> evidence(@Source List<Correction> corrections) {
        Map<Long, Citation> byId = service.evidenceOf(corrections.stream().map(Correction::evidenceId).filter(Objects::nonNull)
                .distinct().toList());
        return corrections.stream().map(c -> c.evidenceId() == null ? null : byId.get(c.evidenceId())).toList();
    }

    @Description("How many corrections match, over all pages.")
    public @NonNull List<@NonNull Integer> totalCount(@Source List<CorrectionConnection> connections) {
        return connections.stream().map(CorrectionConnection::count).toList();
    }
}
