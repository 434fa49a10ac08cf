package org.newsroom.facts.statistic;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.newsroom.facts.country.CountryService;
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

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Statistics, the kind of fact: entry and draft edits by editors, filtered pages for everyone, batched places. */
@ApplicationScoped
public class StatisticService extends FactKindSupport<StatisticEntity, StatisticPatch, Statistic> {

    @Inject
    StatisticRepository repository;

    @Inject
    CountryService countries;

    @Inject
    PlaceService places;

    StatisticService() {
        super(StatisticRepository.KIND, "statistic", StatisticEntity.class, StatisticEntity::new, StatisticPatch.class, StatisticInput.class, Statistic.class, StatisticEntity::toView);
    }

    @Override
    public Map<String, List<String>> historyPaths() {
        return Map.of("quantity", List.of("value"), "period", List.of("period"), "baseline", List.of("baseline"),
                "countryCode", List.of("country"), "placeId", List.of("placeId"), "indicator", List.of("indicator"),
                "measure", List.of("measure"));
    }

    /**
     * Applies a patch to a statistic (fields left out stay as they are), then checks the whole: a CHANGE has a
     * baseline, and the place lies in the country.
     *
     * @param field the input path of the patch, for errors
     */
    @Override
    public void apply(StatisticEntity s, StatisticPatch patch, String field) {
        if (patch.country != null) {
            s.countryCode = countries.resolve(patch.country, field + ".country");
        }
        if (patch.placeId != null) {
            s.placeId = patch.placeId.isBlank() ? null : placeIn(s.countryCode, patch.placeId, field + ".placeId");
        } else if (patch.country != null && s.placeId != null) {
            placeIn(s.countryCode, String.valueOf(s.placeId), field + ".country");
        }
        if (patch.indicator != null) {
            s.indicator = patch.indicator.trim();
        }
        if (patch.measure != null) {
            s.measure = patch.measure;
        }
        if (patch.value != null) {
            s.quantity = QuantityValue.of(patch.value, s.quantity, field + ".value");
        }
        if (patch.period != null) {
            s.period = PeriodValue.of(patch.period, s.period);
        }
        if (patch.baseline != null) {
            s.baseline = PeriodValue.of(patch.baseline, s.baseline);
        }
        if (s.measure != Measure.CHANGE && s.baseline != null) {
            if (patch.baseline != null) {
                throw new BadUserInputException("is only for a CHANGE", field + ".baseline");
            }
            s.baseline = null; // the measure is no longer a CHANGE: its baseline goes (and the history shows it)
        }
        if (s.measure == Measure.CHANGE && s.baseline == null) {
            throw new BadUserInputException("is required for a CHANGE", field + ".baseline");
        }
        if (s.measure == Measure.CHANGE && !ValidStatistic.Validator.endsBefore(s.baseline.end, s.baseline.start, s.period)) {
            throw new BadUserInputException("must end before the period starts", field + ".baseline");
        }
    }

    public StatisticConnection page(StatisticFilter filter, FactOrder order, Integer first, String after) {
        return page(query(null, filter), order, first, after, StatisticConnection::new);
    }

    /** The first page of statistics about each of the countries, in one statement. */
    public Map<String, StatisticConnection> pagePerCountry(Collection<String> countryCodes, StatisticFilter filter, Integer first,
            String after) {
        return pagePerCountry(query(StatisticRepository.COUNTRY, filter), countryCodes, first, after, StatisticConnection::new);
    }

    /** The place of each statistic that has one, in one statement. */
    public Map<Long, Place> placesById(Collection<Long> placeIds) {
        return places.byIds(placeIds);
    }

    private FactQuery query(String perCountry, StatisticFilter filter) {
        StatisticFilter f = filter == null ? new StatisticFilter() : filter;
        FactQuery query = repository.matching(perCountry, countries.resolve(f.country, "filter.country"), f.indicator, f.measure);
        return access.scope(query, f.status, f.from, f.to, "filter");
    }

    private Long placeIn(String country, String placeId, String field) {
        Long id = Ids.parse(placeId);
        if (id == null) {
            throw new NotFoundException("no place has the id " + placeId, field);
        }
        Place place = places.require(List.of(id), field).get(0);
        if (!place.countryCode().equals(country)) {
            throw new BadUserInputException("the place " + place.name() + " is not in the statistic's country", field);
        }
        return id;
    }

    /** A statistic is about its country. */
    @Override
    public List<String> whereKeys(StatisticEntity s) {
        return List.of(s.countryCode);
    }

    @Override
    public String whereKeysSql() {
        return "array[cast(f.country_code as text)]";
    }
}
