package org.newsroom.facts.count;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The sum of a group's central figures in one unit. */
@Type("FigureSum")
@Description("The sum of the central figures of a group's facts that share a unit (a range counts by its middle); units are never added together.")
public record FigureSum(
        @NonNull @Description("The unit, in words: 'workers', 'troops', 'people'.") String unit,
        @NonNull @Description("The sum of the central figures.") Double sum,
        @NonNull @Description("How many of the group's facts have a figure in this unit.") Integer count) {
}
