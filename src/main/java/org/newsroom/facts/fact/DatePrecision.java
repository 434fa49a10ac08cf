package org.newsroom.facts.fact;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** How precisely a date or period is known. */
@Enum("DatePrecision")
@Description("How precisely a date or period is known.")
public enum DatePrecision {
    @Description("known to the day")
    DAY,
    @Description("known to the month")
    MONTH,
    @Description("known to the year")
    YEAR
}
