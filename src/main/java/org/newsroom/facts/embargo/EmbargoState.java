package org.newsroom.facts.embargo;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** Where an embargo stands. */
@Enum("EmbargoState")
@Description("Where an embargo stands.")
public enum EmbargoState {
    @Description("waiting: the fact is published at publishAt")
    SCHEDULED,
    @Description("the fact was published: when the embargo ended, or earlier by a chief")
    PUBLISHED,
    @Description("a chief cancelled it; the fact stays a draft")
    CANCELLED,
    @Description("not published at its time because the draft changed after it was scheduled (or could no longer be published); see outcome")
    LAPSED
}
