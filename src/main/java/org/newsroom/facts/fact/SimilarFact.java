package org.newsroom.facts.fact;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An existing fact a new one would repeat, with what makes them alike. */
@Type("SimilarFact")
@Description("An existing fact that a new one would repeat: same kind, same countries, an overlapping period, the figure within 10 % (or, for a claim, a similar statement). Shown before saving, so that a figure is not entered twice.")
public record SimilarFact(
        @NonNull @Description("The existing fact.") Fact fact,
        @NonNull @Description("What makes them alike, in words: 'same countries', 'overlapping period', 'figure within 10 %', 'same claimant', 'already fact-checked: FALSE'.") List<@NonNull String> reasons) {
}
