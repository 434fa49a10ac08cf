package org.newsroom.facts.event;

import org.newsroom.facts.country.Country;
import org.newsroom.facts.shared.ParentPageKey;
import org.newsroom.facts.shared.LeanFields;
import org.newsroom.facts.shared.ReadFields;

import graphql.schema.DataFetchingEnvironment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The lean read path of events: their countries, places, actors and related facts; a country's events; counts. */
@ApplicationScoped
public class EventReadFields implements ReadFields {

    @Inject
    EventGraphQLApi api;

    @Override
    public void register(LeanFields fields) {
        fields.batched("Event.countries", "Event", "countries", api::countries);
        fields.batched("Event.places", "Event", "places", api::places);
        fields.batched("Event.actors", "Event", "actors", api::actors);
        fields.batched("Event.related", "Event", "related", api::related);
        fields.batchedWith("Country.events", "Country", "events",
                (Country c, DataFetchingEnvironment env) -> ParentPageKey.<Void>of(c.code(), env, m -> null), api::pages);
        fields.batched("EventConnection.totalCount", "EventConnection", "totalCount", api::totalCount);
    }
}
