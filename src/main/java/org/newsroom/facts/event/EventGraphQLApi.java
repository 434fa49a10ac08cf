package org.newsroom.facts.event;

import org.newsroom.facts.shared.PageInfo;

import org.newsroom.facts.fact.SimilarFact;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsroom.facts.country.Country;
import org.newsroom.facts.fact.Fact;
import org.newsroom.facts.fact.FactOrder;
import org.newsroom.facts.place.Place;
import org.newsroom.facts.shared.Batches;
import org.newsroom.facts.shared.ErrorBoundary;

import jakarta.inject.Inject;

/** GraphQL operations of events, and the batched fields of events and countries. */
@io.quarkus.runtime.annotations.RegisterForReflection // read by Jackson, ErrorBoundary, SourceFields (NativeReflection)
@GraphQLApi
@ErrorBoundary
public class EventGraphQLApi {

    @Inject
    EventService service;


    @Query("events")
    @Description("Events the caller may see, filtered and ordered (NEWEST_FIRST: by when they happened).")
    public @NonNull EventConnection events(@Description("Which events.") EventFilter filter,
            @DefaultValue("NEWEST_FIRST") @Description("The order.") FactOrder orderBy,
            @DefaultValue("20") @Description("How many events (at most 100).") Integer first,
            @Description(PageInfo.AFTER) String after) {
        return service.page(filter, orderBy, first, after);
    }

    @Query("event")
    @Description("An event by id; null when there is none or the caller may not see it.")
    public Event event(@NonNull @Id @Description("The event's id.") String id) {
        return service.find(id);
    }

    @Query("similarEvents")
    @Description("editor, chief: before createEvent, the existing facts a new event would repeat (same countries, an overlapping period, the figure within 10 %); nothing is saved")
    public @NonNull List<@NonNull SimilarFact> similarEvents(@NonNull @Description("The new event, as it would be created.") EventInput input,
            @DefaultValue("5") @Description("How many (at most 20), the most alike first.") Integer first) {
        return service.similar(input, first);
    }

    @Mutation("createEvent")
    @Description("editor, chief: creates a DRAFT")
    public @NonNull Event createEvent(@NonNull @Description("The new event.") EventInput input) {
        return service.create(input);
    }

    @Mutation("updateEvent")
    @Description("editor, chief: drafts only")
    public @NonNull Event updateEvent(@NonNull @Id @Description("The event.") String id,
            @NonNull @Description("The version the change was made on.") Integer expectedVersion,
            @NonNull @Description("The fields to change.") EventPatch input,
            @Description("Why, for the history.") String note) {
        return service.update(id, expectedVersion, input, note);
    }

    @Description("The countries it happened in or involved.")
    public @NonNull List<@NonNull List<@NonNull Country>> countries(@Source List<Event> events) {
        return Batches.inOrder(events, Event::factId, service::countriesOf);
    }

    @Description("The places it happened in.")
    public @NonNull List<@NonNull List<@NonNull Place>> places(@Source List<Event> events) {
        return Batches.inOrder(events, Event::factId, service::placesOf);
    }

    @Description("Who took part: armed forces, governments, groups.")
    public @NonNull List<@NonNull List<org.newsroom.facts.source.@NonNull Source>> actors(@Source List<Event> events) {
        return Batches.inOrder(events, Event::factId, service::actorsOf);
    }

    @Description("Facts that took part in it or followed from it, e.g. the North Korean troops sent to support the counteroffensive.")
    public @NonNull List<@NonNull List<@NonNull Fact>> related(@Source List<Event> events) {
        return Batches.inOrder(events, Event::factId, service::relatedOf);
    }

    @Description("Events in this country, newest first.")
    public @NonNull List<@NonNull EventConnection> events(@Source List<Country> countries,
            @DefaultValue("20") @Description("How many (at most 100).") Integer first,
            @Description(PageInfo.AFTER) String after) {
        return Batches.inOrder(countries, Country::code, codes -> service.pagePerCountry(codes, first, after));
    }

    @Description("How many events match, over all pages.")
    public @NonNull List<@NonNull Integer> totalCount(@Source List<EventConnection> connections) {
        return service.count(connections.stream().map(EventConnection::countKey).toList());
    }

    private static List<Long> ids(List<Event> events) {
        return events.stream().map(Event::factId).distinct().toList();
    }
}
