package org.newsroom.facts.correction;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** Where a correction stands in review. */
@Enum("CorrectionStatus")
@Description("Where a correction stands in review.")
public enum CorrectionStatus {
    @Description("submitted, waiting for a chief")
    PENDING,
    @Description("applied to the fact")
    APPROVED,
    @Description("turned down; the fact is unchanged")
    REJECTED
}
