package org.newsroom.facts.event;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.fact.FactPage;
import org.newsroom.facts.shared.Page;
import org.newsroom.facts.shared.PageInfo;

/** A page of events; totalCount is a batched field of {@link EventGraphQLApi}. */
@Type("EventConnection")
@Description("A page of events.")
public class EventConnection {

    private final Page<Event> page;

    public EventConnection(Page<Event> page) {
        this.page = page;
    }

    @Description("The events of this page with their cursors.")
    public @NonNull List<@NonNull EventEdge> getEdges() {
        return page.edges(EventEdge::new);
    }

    @Description("The events of this page.")
    public @NonNull List<@NonNull Event> getNodes() {
        return page.items();
    }

    @Description("Where this page stands.")
    public @NonNull PageInfo getPageInfo() {
        return page.pageInfo();
    }

    @Ignore
    public FactPage countKey() {
        return (FactPage) page.countKey();
    }

    /** A event with its cursor. */
    @Type("EventEdge")
    @Description("A event with its cursor.")
    public record EventEdge(
            @NonNull @Description("Pass as after to get the events that follow.") String cursor,
            @NonNull @Description("The event.") Event node) {
    }
}
