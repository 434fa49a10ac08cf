package org.newsroom.facts.fact;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** Where a fact stands in the editorial workflow. */
@Enum("PublicationStatus")
@Description("Where a fact stands in the editorial workflow.")
public enum PublicationStatus {
    @Description("being prepared; only editors see it")
    DRAFT,
    @Description("public")
    PUBLISHED,
    @Description("withdrawn; stays public, marked as retracted, with its reason as a correction note")
    RETRACTED
}
