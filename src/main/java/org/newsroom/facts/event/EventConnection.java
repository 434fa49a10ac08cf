package org.newsroom.facts.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.fact.KindConnection;
import org.newsroom.facts.shared.Page;

/** A page of events; totalCount is a batched field of {@link EventGraphQLApi}. */
@Type("EventConnection")
@Description("A page of events.")
public class EventConnection extends KindConnection<Event, EventConnection.EventEdge> {

    public EventConnection(Page<Event> page) {
        super(page, EventEdge::new);
    }

    /** A event with its cursor. */
    @Type("EventEdge")
    @Description("A event with its cursor.")
    public record EventEdge(
            @NonNull @Description("An opaque cursor: pass it as after to get the events that follow.") String cursor,
            @NonNull @Description("The event.") Event node) {
    }
}
