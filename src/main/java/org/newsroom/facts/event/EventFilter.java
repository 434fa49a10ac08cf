package org.newsroom.facts.event;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.newsroom.facts.fact.PublicationStatus;

/** Which events to list. */
@Input("EventFilter")
@Description("Which events to list; country codes are alpha-2 or alpha-3 in any case.")
public class EventFilter {

    @Description("Only events in or involving this country.")
    public String country;

    @Description("Only events of this kind.")
    public EventKind kind;

    @Description("events overlapping this range")
    public LocalDate from;

    @Description("events overlapping this range")
    public LocalDate to;

    @Description("Readers may only ask for PUBLISHED or RETRACTED; by default they get both, editors get all.")
    public PublicationStatus status;
}
