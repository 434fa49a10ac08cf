package org.newsroom.facts.correction;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A correction as the API shows it; its fact and evidence are batched fields of {@link CorrectionGraphQLApi}. */
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
        @Description("The chief's note on the decision.") String reviewNote) {
}
