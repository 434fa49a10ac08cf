package org.newsroom.facts.fact;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** How the source puts a fact: the hedge the summary prints with it. */
@Enum("Modality")
@Description("How the source puts it: the hedge printed with the fact.")
public enum Modality {
    @Description("stated as fact by the source: 'sent'")
    STATED,
    @Description("'reportedly', 'according to reports'")
    REPORTED,
    @Description("'are believed to', 'is thought to'")
    BELIEVED,
    @Description("'alleged', 'claimed': asserted by a party with a stake, not confirmed")
    ALLEGED,
    @Description("'potentially', 'could', 'is expected to': a projection or a possibility")
    PROJECTED
}
