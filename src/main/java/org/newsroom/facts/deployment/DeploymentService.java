package org.newsroom.facts.deployment;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

/** Deployments: entry and draft edits by editors, filtered pages for everyone, batched places. */
@ApplicationScoped
public class DeploymentService {

    private static final String LIST = "deployments";

    @Inject
    DeploymentRepository repository;

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
    public Deployment create(DeploymentInput input) {
        String by = user.requireEditor();
        validator.check("input", input);
        DeploymentEntity d = DeploymentEntity.draft(by, input.verification);
        d.originCode = countries.resolve(input.origin, "input.origin");
        d.destinationCode = countries.resolve(input.destination, "input.destination");
        d.personnel = input.personnel;
        d.quantity = QuantityValue.of(input.headcount);
        d.period = PeriodValue.of(input.period);
        d.reportedOn = input.reportedOn;
        d.notes = blankToNull(input.notes);
        if (input.placeIds != null) {
            d.places = placesIn(d.destinationCode, input.placeIds, "input.placeIds");
        }
        facts.saveNew(d, input.citations, by);
        return d.toView();
    }

    @Transactional
    public Deployment update(String id, int expectedVersion, DeploymentPatch patch, String note) {
        String by = user.requireEditor();
        DeploymentEntity d = require(id);
        validator.check("input", patch);
        facts.checkEditableDraft(d, expectedVersion, note);
        apply(d, patch, "input");
        facts.saveEdit(d, by);
        return d.toView();
    }

    /**
     * Applies a patch to a deployment (fields left out stay as they are); places must lie in the destination.
     *
     * @param field the input path of the patch, for errors
     */
    public void apply(DeploymentEntity d, DeploymentPatch patch, String field) {
        if (patch.origin != null) {
            d.originCode = countries.resolve(patch.origin, field + ".origin");
        }
        if (patch.destination != null) {
            d.destinationCode = countries.resolve(patch.destination, field + ".destination");
        }
        if (patch.personnel != null) {
            d.personnel = patch.personnel;
        }
        if (patch.headcount != null) {
            d.quantity = QuantityValue.of(patch.headcount);
        }
        if (patch.period != null) {
            d.period = PeriodValue.of(patch.period);
        }
        if (patch.reportedOn != null) {
            d.reportedOn = patch.reportedOn;
        }
        if (patch.notes != null) {
            d.notes = blankToNull(patch.notes);
        }
        if (patch.placeIds != null) {
            d.places.clear();
            d.places.addAll(placesIn(d.destinationCode, patch.placeIds, field + ".placeIds"));
        } else if (patch.destination != null && !d.places.isEmpty()) {
            placesIn(d.destinationCode, d.places.stream().map(String::valueOf).toList(), field + ".destination");
        }
    }

    /** The deployment of that id if the caller may see it, else null. */
    public Deployment find(String id) {
        return facts.find(id) instanceof Deployment d ? d : null;
    }

    public DeploymentConnection page(DeploymentFilter filter, FactOrder order, Integer first, String after) {
        return new DeploymentConnection(facts.page(LIST, DeploymentEntity::new, query(null, filter), order, first, after,
                DeploymentEntity::toView));
    }

    /**
     * The first page of deployments from (or to) each of the countries, in one statement.
     *
     * @param column {@link DeploymentRepository#ORIGIN} or {@link DeploymentRepository#DESTINATION}
     */
    public Map<String, DeploymentConnection> pagePerCountry(String column, Collection<String> countryCodes,
            DeploymentFilter filter, Integer first, String after) {
        Map<String, DeploymentConnection> result = new LinkedHashMap<>();
        facts.pagePerCountry(LIST, DeploymentEntity::new, query(column, filter), countryCodes, first, after, DeploymentEntity::toView)
                .forEach((country, page) -> result.put(country, new DeploymentConnection(page)));
        return result;
    }

    /** The places of each deployment, in two statements whatever the number of deployments. */
    public Map<Long, List<Place>> placesOf(Collection<Long> deploymentIds) {
        Map<Long, List<Long>> ids = repository.findPlaceIds(deploymentIds);
        Map<Long, Place> byId = places.byIds(ids.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
        Map<Long, List<Place>> result = new LinkedHashMap<>();
        ids.forEach((deployment, list) -> result.put(deployment, list.stream().map(byId::get).toList()));
        return result;
    }

    public List<Integer> count(List<FactPage> pages) {
        return facts.count(pages);
    }

    private FactQuery query(String perCountry, DeploymentFilter filter) {
        DeploymentFilter f = filter == null ? new DeploymentFilter() : filter;
        FactQuery query = repository.matching(perCountry,
                countries.resolve(f.origin, "filter.origin"),
                countries.resolve(f.destination, "filter.destination"),
                f.personnel, f.verification);
        return facts.scope(query, f.status, f.from, f.to, "filter");
    }

    private DeploymentEntity require(String id) {
        FactEntity fact = facts.require(id, "id");
        if (fact instanceof DeploymentEntity d) {
            return d;
        }
        throw new NotFoundException("no deployment has the id " + id, "id");
    }

    private List<Long> placesIn(String country, List<String> placeIds, String field) {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < placeIds.size(); i++) {
            Long parsed = FactService.parseId(placeIds.get(i));
            if (parsed == null) {
                throw new NotFoundException("no place has the id " + placeIds.get(i), field + "[" + i + "]");
            }
            ids.add(parsed);
        }
        List<Place> found = places.require(ids, field);
        for (int i = 0; i < found.size(); i++) {
            if (!found.get(i).countryCode().equals(country)) {
                throw new BadUserInputException("the place " + found.get(i).name() + " is not in the destination country",
                        field + "[" + i + "]");
            }
        }
        return ids.stream().distinct().toList();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
