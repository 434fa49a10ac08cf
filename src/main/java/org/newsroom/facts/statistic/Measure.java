package org.newsroom.facts.statistic;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** What kind of figure a statistic is. */
@Enum("Measure")
@Description("What kind of figure a statistic is.")
public enum Measure {
    @Description("an official figure")
    OFFICIAL,
    @Description("an estimate")
    ESTIMATE,
    @Description("a forecast for a future period")
    PROJECTION,
    @Description("a survey result")
    SURVEY,
    @Description("a change against the baseline period, e.g. a 12-fold increase")
    CHANGE
}
