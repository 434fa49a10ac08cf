package org.newsroom.facts.correction;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The order of a list of corrections: by submission time, then id. */
@Enum("CorrectionOrder")
@Description("How a list of corrections is ordered: by when they were submitted, then id.")
public enum CorrectionOrder {
    @Description("the latest first")
    NEWEST_FIRST,
    @Description("the earliest first: the review queue, where the longest-waiting correction comes first")
    OLDEST_FIRST
}
