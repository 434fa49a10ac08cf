package org.newsroom.facts.live;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** What happened to a public fact. */
@Enum("FactEvent")
@Description("What happened to a fact readers can see.")
public enum FactEvent {
    @Description("it became public")
    PUBLISHED,
    @Description("a public fact got a new version (a reviewed correction)")
    CORRECTED,
    @Description("it was withdrawn; it stays visible, marked RETRACTED, with its reason as a correction note")
    RETRACTED
}
