package org.newsroom.facts.correction;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** A chief's decision on a correction. */
@Enum("ReviewDecision")
@Description("A chief's decision on a correction.")
public enum ReviewDecision {
    @Description("apply the correction")
    APPROVE,
    @Description("turn it down")
    REJECT
}
