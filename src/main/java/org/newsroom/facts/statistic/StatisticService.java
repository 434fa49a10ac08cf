package org.newsroom.facts.statistic;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsroom.facts.country.CountryService;
import org.newsroom.facts.fact.FactEntity;
import org.newsroom.facts.fact.FactOrder;
import org.newsroom.facts.fact.FactPage;
import org.newsroom.facts.fact.FactQuery;
import org.newsroom.facts.fact.FactService;
import org.newsroom.facts.fact.PeriodValue;
import org.newsroom.facts.fact.QuantityValue;
import org.newsroom.facts.place.Place;
import org.newsroom.facts.place.PlaceService;
import org.newsroom.facts.shared.BadUserInputException;
import org.newsroom.facts.shared.CurrentUser;
import org.newsroom.facts.shared.InputValidator;
import org.newsroom.facts.shared.NotFoundException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Statistics: entry and draft edits by editors, filtered pages for everyone, batched places. */
@ApplicationScoped
public class StatisticService {

    private static final String LIST = "statistics";

    @Inject
    StatisticRepository repository;

    @Inject
    FactService facts;

    @Inject
    CountryService countries;

    @Inject
    PlaceService places;

    @Inject
    InputValidator validator;

    @Inject
    CurrentUser user;

    @Transactional
    public Statistic create(StatisticInput input) {
        String by = user.requireEditor();
        validator.check("input", input);
        StatisticEntity s = StatisticEntity.draft(by, input.verification);
        StatisticPatch fields = new StatisticPatch();
        fields.country = input.country;
        fields.placeId = input.placeId;
        fields.indicator = input.indicator;
        fields.measure = input.measure;
        fields.value = input.value;
        fields.period = input.period;
        fields.baseline = input.baseline;
        fields.notes = input.notes;
        apply(s, fields, "input");
        facts.saveNew(s, input.citations, by);
        return s.toView();
    }

    @Transactional
    public Statistic update(String id, int expectedVersion, StatisticPatch patch, String note) {
        String by = user.requireEditor();
        StatisticEntity s = require(id);
        validator.check("input", patch);
        facts.checkEditableDraft(s, expectedVersion, note);
        apply(s, patch, "input");
        facts.saveEdit(s, by);
        return s.toView();
    }

    /**
     * Applies a patch to a statistic (fields left out stay as they are), then checks the whole: a CHANGE has a
     * baseline, and the place lies in the country.
     *
     * @param field the input path of the patch, for errors
     */
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
            s.quantity = QuantityValue.of(patch.value);
        }
        if (patch.period != null) {
            s.period = PeriodValue.of(patch.period);
        }
        if (patch.baseline != null) {
            s.baseline = PeriodValue.of(patch.baseline);
        }
        if (patch.notes != null) {
            s.notes = patch.notes.isBlank() ? null : patch.notes.trim();
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

    /** The statistic of that id if the caller may see it, else null. */
    public Statistic find(String id) {
        return facts.find(id) instanceof Statistic s ? s : null;
    }

    public StatisticConnection page(StatisticFilter filter, FactOrder order, Integer first, String after) {
        return new StatisticConnection(facts.page(LIST, StatisticEntity::new, query(null, filter), order, first, after,
                StatisticEntity::toView));
    }

    /** The first page of statistics about each of the countries, in one statement. */
    public Map<String, StatisticConnection> pagePerCountry(Collection<String> countryCodes, StatisticFilter filter, Integer first,
            String after) {
        Map<String, StatisticConnection> result = new LinkedHashMap<>();
        facts.pagePerCountry(LIST, StatisticEntity::new, query(StatisticRepository.COUNTRY, filter), countryCodes, first, after,
                StatisticEntity::toView).forEach((country, page) -> result.put(country, new StatisticConnection(page)));
        return result;
    }

    /** The place of each statistic that has one, in one statement. */
    public Map<Long, Place> placesById(Collection<Long> placeIds) {
        return places.byIds(placeIds);
    }

    public List<Integer> count(List<FactPage> pages) {
        return facts.count(pages);
    }

    private FactQuery query(String perCountry, StatisticFilter filter) {
        StatisticFilter f = filter == null ? new StatisticFilter() : filter;
        FactQuery query = repository.matching(perCountry, countries.resolve(f.country, "filter.country"), f.indicator, f.measure);
        return facts.scope(query, f.status, f.from, f.to, "filter");
    }

    private StatisticEntity require(String id) {
        FactEntity fact = facts.require(id, "id");
        if (fact instanceof StatisticEntity s) {
            return s;
        }
        throw new NotFoundException("no statistic has the id " + id, "id");
    }

    private Long placeIn(String country, String placeId, String field) {
        Long id = FactService.parseId(placeId);
        if (id == null) {
            throw new NotFoundException("no place has the id " + placeId, field);
        }
        Place place = places.require(List.of(id), field).get(0);
        if (!place.countryCode().equals(country)) {
            throw new BadUserInputException("the place " + place.name() + " is not in the statistic's country", field);
        }
        return id;
    }
}
