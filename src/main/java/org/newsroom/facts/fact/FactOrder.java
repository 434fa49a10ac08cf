package org.newsroom.facts.fact;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** How a list of facts is ordered; every order ends with the id, so it is stable. */
@Enum("FactOrder")
@Description("How a list of facts is ordered; every order ends with the id, so it is stable.")
public enum FactOrder {
    @Description("by period start, latest first (undated last), then id")
    NEWEST_FIRST,
    @Description("by period start, earliest first (undated last), then id")
    OLDEST_FIRST,
    @Description("by the central figure, largest first")
    LARGEST_FIRST,
    @Description("by last change, most recent first")
    RECENTLY_UPDATED
}
