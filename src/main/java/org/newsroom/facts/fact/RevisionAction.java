package org.newsroom.facts.fact;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** What a revision of a fact did. */
@Enum("RevisionAction")
@Description("What a revision of a fact did.")
public enum RevisionAction {
    @Description("the fact was entered")
    CREATED,
    @Description("a draft was changed")
    EDITED,
    @Description("the fact was published")
    PUBLISHED,
    @Description("a reviewed correction was applied")
    CORRECTED,
    @Description("the fact was retracted")
    RETRACTED
}
