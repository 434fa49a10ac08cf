package org.newsroom.facts.event;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.newsroom.facts.country.Country;
import org.newsroom.facts.country.CountryService;
import org.newsroom.facts.fact.Fact;
import org.newsroom.facts.fact.FactKindSupport;
import org.newsroom.facts.fact.FactOrder;
import org.newsroom.facts.fact.FactQuery;
import org.newsroom.facts.fact.PeriodValue;
import org.newsroom.facts.fact.QuantityValue;
import org.newsroom.facts.place.Place;
import org.newsroom.facts.place.PlaceService;
import org.newsroom.facts.shared.BadUserInputException;
import org.newsroom.facts.shared.Ids;
import org.newsroom.facts.shared.NotFoundException;
import org.newsroom.facts.source.Source;
import org.newsroom.facts.source.SourceService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Events, the kind of fact: entry and draft edits by editors, the rules of their inputs, filtered pages, batched parts. */
@ApplicationScoped
public class EventService extends FactKindSupport<EventEntity, EventPatch, Event> {

    static final String KIND = "EVENT";

    @Inject
    EventRepository repository;

    @Inject
    CountryService countries;

    @Inject
    PlaceService places;

    @Inject
    SourceService sources;

    EventService() {
        super(KIND, "event", EventEntity.class, EventEntity::new, EventPatch.class, EventInput.class, Event.class, EventEntity::toView);
    }

    @Override
    public Map<String, List<String>> historyPaths() {
        return Map.of("eventKind", List.of("kind"), "title", List.of("title"), "period", List.of("period"),
                "quantity", List.of("casualties"), "countries", List.of("countries"), "places", List.of("placeIds"),
                "actors", List.of("actorIds"), "related", List.of("relatedFactIds"));
    }

    /**
     * Applies a patch to an event, then checks the whole: a title that is not blank, a period with its start, at
     * least one country, places in those countries, actors and related facts that exist.
     */
    @Override
    public void apply(EventEntity e, EventPatch patch, String field) {
        if (patch.kind != null) {
            e.eventKind = patch.kind;
        }
        if (patch.title != null) {
            if (patch.title.isBlank()) {
                throw new BadUserInputException("must not be blank", field + ".title");
            }
            e.title = patch.title.trim();
        }
        if (patch.period != null) {
            if (patch.period.start == null) {
                throw new BadUserInputException("an event needs its start", field + ".period.start");
            }
            e.period = PeriodValue.of(patch.period, e.period);
        }
        if (patch.countries != null) {
            if (patch.countries.isEmpty()) {
                throw new BadUserInputException("an event needs at least one country", field + ".countries");
            }
            e.countries.clear();
            e.countries.addAll(countries.resolveAll(patch.countries, field + ".countries"));
        }
        places.patchPlaces(e.countries, e.places, patch.placeIds, field + ".placeIds",
                patch.countries == null ? null : field + ".countries", "the event's countries");
        if (patch.actorIds != null) {
            java.util.List<Long> actors = new java.util.ArrayList<>();
            for (int i = 0; i < patch.actorIds.size(); i++) {
                actors.add(Long.valueOf(sources.require(patch.actorIds.get(i), field + ".actorIds[" + i + "]").id()));
            }
            e.actors.clear();
            e.actors.addAll(actors.stream().distinct().toList());
        }
        if (patch.casualties != null) {
            e.quantity = QuantityValue.of(patch.casualties, e.quantity, field + ".casualties");
        }
        if (patch.relatedFactIds != null) {
            e.related.clear();
            e.related.addAll(related(e, patch.relatedFactIds, field + ".relatedFactIds"));
        }
    }

    /** The ids of related facts, each of which the caller can see (NOT_FOUND on {@code field[i]}) and none the event itself. */
    private List<Long> related(EventEntity e, List<String> ids, String field) {
        List<Long> parsed = ids.stream().map(Ids::parse).toList();
        Map<Long, Fact> found = access.byIds(parsed.stream().filter(java.util.Objects::nonNull).toList());
        for (int i = 0; i < ids.size(); i++) {
            if (parsed.get(i) == null || !found.containsKey(parsed.get(i))) {
                throw new NotFoundException("no fact has the id " + ids.get(i), field + "[" + i + "]");
            }
            if (parsed.get(i).equals(e.id)) {
                throw new BadUserInputException("an event is not related to itself", field + "[" + i + "]");
            }
        }
        return parsed.stream().distinct().toList();
    }

    public EventConnection page(EventFilter filter, FactOrder order, Integer first, String after) {
        EventFilter f = filter == null ? new EventFilter() : filter;
        FactQuery query = repository.matching(false, countries.resolve(f.country, "filter.country"), f.kind);
        return page(access.scope(query, f.status, f.from, f.to, "filter"), order, first, after, EventConnection::new);
    }

    /** The first page (newest first) of the events of each of the countries, in one statement. */
    public Map<String, EventConnection> pagePerCountry(Collection<String> countryCodes, Integer first, String after) {
        FactQuery query = access.scope(repository.matching(true, null, null), null, null, null, "filter");
        return pagePerCountry(query, countryCodes, first, after, EventConnection::new);
    }

    /** The countries of each event: one statement. */
    public Map<Long, List<Country>> countriesOf(Collection<Long> eventIds) {
        return countries.listsOf(repository.findCountryCodes(eventIds));
    }

    /** The places of each event: two statements. */
    public Map<Long, List<Place>> placesOf(Collection<Long> eventIds) {
        return places.listsOf(repository.findPlaceIds(eventIds));
    }

    /** The actors of each event: two statements. */
    public Map<Long, List<Source>> actorsOf(Collection<Long> eventIds) {
        Map<Long, List<Long>> ids = repository.findActorIds(eventIds);
        Map<Long, Source> byId = sources.readByIds(ids.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
        Map<Long, List<Source>> result = new LinkedHashMap<>();
        ids.forEach((event, list) -> result.put(event, list.stream().map(byId::get).toList()));
        return result;
    }

    /** The related facts of each event that the caller may see: two statements. */
    public Map<Long, List<Fact>> relatedOf(Collection<Long> eventIds) {
        Map<Long, List<Long>> ids = repository.findRelatedIds(eventIds);
        Map<Long, Fact> byId = access.byIds(ids.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
        Map<Long, List<Fact>> result = new LinkedHashMap<>();
        ids.forEach((event, list) -> result.put(event, list.stream().map(byId::get).filter(java.util.Objects::nonNull).toList()));
        return result;
    }

    /** An event is about its countries: one in common is enough. */
    @Override
    public List<String> whereKeys(EventEntity e) {
        return List.copyOf(e.countries);
    }

    @Override
    public String whereKeysSql() {
        return countriesIn("event_country");
    }
}
