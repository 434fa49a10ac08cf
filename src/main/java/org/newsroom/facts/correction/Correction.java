package org.newsroom.facts.correction;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.revision.FieldChange;

/**
 * A correction as the API shows it, as the caller may act on it ({@link CorrectionViews}); its fact and evidence
 * are batched fields of {@link CorrectionGraphQLApi}.
 */
@Type("Correction")
@Description("A proposed change to a published fact, reviewed by a chief who is not its author.")
public record Correction(
        @Id @NonNull @Description("Opaque id.") String id,
        @Ignore Long factId,
        @NonNull @Description("Where the correction stands in review.") CorrectionStatus status,
        @NonNull @Description("Why the change is needed (internal).") String reason,
        @NonNull @Description("The note readers will see once it is approved.") String publicNote,
        @Ignore Long evidenceId,
        @NonNull @Description("Who submitted it.") String submittedBy,
        @NonNull @Description("When it was submitted.") OffsetDateTime submittedAt,
        @Description("The chief who reviewed it.") String reviewedBy,
        @Description("When it was reviewed.") OffsetDateTime reviewedAt,
        @Description("The chief's note on the decision.") String reviewNote,
        @NonNull @Description("The fact's version the correction was written against.") Integer factVersion,
        @NonNull @Description("The proposed change field by field, from the version it was written against to the "
                + "corrected one, with the paths of the history (headcount.value, period.start); a new verification "
                + "is the field verification. Empty for corrections submitted before the service recorded changes.")
        List<@NonNull FieldChange> changes,
        @NonNull @Description("True while pending when the fact has changed since the correction was written: it can "
                + "no longer be approved (CONFLICT), only rejected; the editor proposes it again against the current version.")
        Boolean stale,
        @NonNull @Description("True when the caller may approve it now: a chief who did not write it, while it is "
                + "pending and not stale.") Boolean viewerCanApprove,
        @NonNull @Description("True when the caller may approve or reject it now: a chief who did not write it, "
                + "while it is pending.") Boolean viewerCanReview,
        @Description("Why the caller may not approve it now, in a sentence for the desk; null when they may.")
        String reviewRefusal) {
}
