package org.newsroom.facts.event;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.newsroom.facts.fact.FactQuery;
import org.newsroom.facts.shared.ReadDatabase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Queries of events: filtered pages (overall or per country) and, for readers, their countries, places, actors and related facts. */
@ApplicationScoped
public class EventRepository {

    static final String COUNTRIES = "event_country";

    @Inject
    ReadDatabase db;

    /**
     * The events matching the filter's country (alpha-2) and kind.
     *
     * @param perCountry true to cut pages per country the events involve
     */
    public FactQuery matching(boolean perCountry, String country, EventKind kind) {
        FactQuery q = FactQuery.perCountryIn(EventService.KIND, perCountry ? COUNTRIES : null).equal("event_kind", kind);
        if (country != null) {
            q.where("exists (select 1 from event_country ec where ec.fact_id = f.id and ec.country_code = cast(:eventCountry as char(2)))",
                    "eventCountry", country);
        }
        return q;
    }

    /** The countries (alpha-2) of each event, in the order entered; one statement. */
    public Map<Long, List<String>> findCountryCodes(Collection<Long> eventIds) {
        return db.orderedPerParent(COUNTRIES, "cast(country_code as text)", eventIds, String.class);
    }

    /** The place ids of each event; one statement. */
    public Map<Long, List<Long>> findPlaceIds(Collection<Long> eventIds) {
        return db.orderedPerParent("event_place", "place_id", eventIds, Long.class);
    }

    /** The actors' source ids of each event; one statement. */
    public Map<Long, List<Long>> findActorIds(Collection<Long> eventIds) {
        return db.orderedPerParent("event_actor", "source_id", eventIds, Long.class);
    }

    /** The related fact ids of each event; one statement. */
    public Map<Long, List<Long>> findRelatedIds(Collection<Long> eventIds) {
        return db.orderedPerParent("event_related", "related_fact_id", eventIds, Long.class);
    }
}
