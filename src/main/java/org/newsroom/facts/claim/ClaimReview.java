package org.newsroom.facts.claim;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The newsroom's verdict on a claim, as the API shows it. */
@Type("ClaimReview")
@Description("The newsroom's verdict on a claim.")
public record ClaimReview(
        @NonNull @Description("The verdict.") Rating rating,
        @NonNull @Description("The label printed with the rating, e.g. 'Unproven'.") String label,
        @Description("schema.org ratingValue on the scale worstRating..bestRating; null for UNPROVEN.") Integer ratingValue,
        @NonNull @Description("The best value of the scale (schema.org bestRating).") int bestRating,
        @NonNull @Description("The worst value of the scale (schema.org worstRating).") int worstRating,
        @NonNull @Description("Why this rating, in one or two sentences.") String explanation,
        @NonNull @Description("The name recorded for the chief who published the verdict.") String reviewedBy,
        @NonNull @Description("When the verdict was given.") LocalDate reviewedOn) {
}
