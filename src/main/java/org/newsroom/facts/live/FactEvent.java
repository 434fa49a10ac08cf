package org.newsroom.facts.live;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** What happened to a public fact; the last two are the corrections desk's, for editors and chiefs. */
@Enum("FactEvent")
@Description("What happened to a fact readers can see. PUBLISHED, CORRECTED and RETRACTED are public; "
        + "CORRECTION_PROPOSED and CORRECTION_REVIEWED are for editors and chiefs and only sent when asked for by name.")
public enum FactEvent {
    @Description("it became public")
    PUBLISHED,
    @Description("a public fact got a new version (a reviewed correction)")
    CORRECTED,
    @Description("it was withdrawn; it stays visible, marked RETRACTED, with its reason as a correction note")
    RETRACTED,
    @Description("editors and chiefs: a correction of the fact was submitted (the review queue grew)")
    CORRECTION_PROPOSED,
    @Description("editors and chiefs: a correction of the fact was approved or rejected (it left the review queue)")
    CORRECTION_REVIEWED;

    /** The events everyone may receive, and that a subscription without an events filter gets. */
    public static final java.util.Set<FactEvent> PUBLIC = java.util.EnumSet.of(PUBLISHED, CORRECTED, RETRACTED);
}
