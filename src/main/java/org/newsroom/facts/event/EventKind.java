package org.newsroom.facts.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** What kind of thing happened. */
@Enum("EventKind")
@Description("What kind of thing happened.")
public enum EventKind {
    @Description("forces entering another country's territory")
    INCURSION,
    @Description("a planned large-scale attack")
    OFFENSIVE,
    @Description("an offensive against an enemy's offensive or incursion")
    COUNTEROFFENSIVE,
    @Description("a strike or raid")
    ATTACK,
    @Description("forces leaving an area")
    WITHDRAWAL,
    @Description("a treaty, deal or pact")
    AGREEMENT,
    @Description("a resolution of a body such as the UN Security Council")
    RESOLUTION,
    @Description("a public statement of a decision")
    ANNOUNCEMENT,
    @Description("anything else")
    OTHER
}
