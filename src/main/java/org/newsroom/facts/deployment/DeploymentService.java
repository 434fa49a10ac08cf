package org.newsroom.facts.deployment;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.newsroom.facts.country.CountryService;
import org.newsroom.facts.fact.FactAccess;
import org.newsroom.facts.fact.FactDrafts;
import org.newsroom.facts.fact.FactKind;
import org.newsroom.facts.fact.FactOrder;
import org.newsroom.facts.fact.FactPage;
import org.newsroom.facts.fact.FactPaging;
import org.newsroom.facts.fact.FactQuery;
import org.newsroom.facts.fact.PeriodValue;
import org.newsroom.facts.fact.QuantityValue;
import org.newsroom.facts.place.Place;
import org.newsroom.facts.place.PlaceService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Deployments, the kind of fact: entry and draft edits by editors, filtered pages for everyone, batched places. */
@ApplicationScoped
public class DeploymentService implements FactKind<DeploymentEntity, DeploymentPatch> {

    @Inject
    DeploymentRepository repository;

    @Inject
    FactDrafts drafts;

    @Inject
    FactAccess access;

    @Inject
    FactPaging paging;

    @Inject
    CountryService countries;

    @Inject
    PlaceService places;

    @Override
    public String discriminator() {
        return DeploymentRepository.KIND;
    }

    @Override
    public String name() {
        return "deployment";
    }

    @Override
    public Class<DeploymentEntity> entityType() {
        return DeploymentEntity.class;
    }

    @Override
    public DeploymentEntity newEntity() {
        return new DeploymentEntity();
    }

    @Override
    public Class<DeploymentPatch> patchType() {
        return DeploymentPatch.class;
    }

    @Override
    public Map<String, List<String>> historyPaths() {
        return Map.of("quantity", List.of("headcount"), "period", List.of("period"), "originCode", List.of("origin"),
                "destinationCode", List.of("destination"), "personnel", List.of("personnel"), "reportedOn", List.of("reportedOn"),
                "places", List.of("placeIds"));
    }

    public Deployment create(DeploymentInput input) {
        return drafts.create(this, input).toView();
    }

    public Deployment update(String id, int expectedVersion, DeploymentPatch patch, String note) {
        return drafts.update(this, id, expectedVersion, patch, note).toView();
    }

    /**
     * Applies a patch to a deployment (fields left out stay as they are); places must lie in the destination.
     *
     * @param field the input path of the patch, for errors
     */
    @Override
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
        if (patch.placeIds != null) {
            d.places.clear();
            d.places.addAll(placesIn(d.destinationCode, patch.placeIds, field + ".placeIds"));
        } else if (patch.destination != null && !d.places.isEmpty()) {
            placesIn(d.destinationCode, d.places.stream().map(String::valueOf).toList(), field + ".destination");
        }
    }

    /** The deployment of that id if the caller may see it, else null. */
    public Deployment find(String id) {
        return access.find(id, Deployment.class);
    }

    public DeploymentConnection page(DeploymentFilter filter, FactOrder order, Integer first, String after) {
        return new DeploymentConnection(paging.page(this, query(null, filter), order, first, after,
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
        paging.pagePerCountry(this, query(column, filter), countryCodes, first, after, DeploymentEntity::toView)
                .forEach((country, page) -> result.put(country, new DeploymentConnection(page)));
        return result;
    }

    /** The places of each deployment, in two statements whatever the number of deployments. */
    public Map<Long, List<Place>> placesOf(Collection<Long> deploymentIds) {
        return places.listsOf(repository.findPlaceIds(deploymentIds));
    }

    public List<Integer> count(List<FactPage> pages) {
        return paging.count(pages);
    }

    private FactQuery query(String perCountry, DeploymentFilter filter) {
        DeploymentFilter f = filter == null ? new DeploymentFilter() : filter;
        FactQuery query = repository.matching(perCountry,
                countries.resolve(f.origin, "filter.origin"),
                countries.resolve(f.destination, "filter.destination"),
                f.personnel, f.verification);
        return access.scope(query, f.status, f.from, f.to, "filter");
    }

    private List<Long> placesIn(String country, List<String> placeIds, String field) {
        return places.requireIn(java.util.Set.of(country), placeIds, field, "the destination country");
    }
}
