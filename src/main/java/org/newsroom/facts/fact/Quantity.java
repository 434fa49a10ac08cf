package org.newsroom.facts.fact;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A number as reported: central figure, bounds, approximation word and unit, with its printable text. */
@Type("Quantity")
@Description("A number with its uncertainty and unit, e.g. 'nearly 15,000 workers' or 'a 12-fold increase'.")
public record Quantity(
        @Description("The central figure; null when only bounds are known.") Double value,
        @Description("The lower bound, when known.") Double low,
        @Description("The upper bound, when known.") Double high,
        @NonNull @Description("How exact the figure is.") Approximation approximation,
        @NonNull @Description("The unit, in words: 'workers', 'troops', 'people', 'times' (for ratios), 'USD'.") String unit,
        @NonNull @Description("Ready to print, in English: 'nearly 15,000 workers', 'hundreds of thousands of people', '12 times'.") String text,
        @Description("The source's words when it gives no number ('significant losses'); text prints them then.") String words) {
}
