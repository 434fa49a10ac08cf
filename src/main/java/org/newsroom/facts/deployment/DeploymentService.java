package org.newsroom.facts.deployment;

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

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Deployments, the kind of fact: entry and draft edits by editors, filtered pages for everyone, batched places. */
@ApplicationScoped
public class DeploymentService extends FactKindSupport<DeploymentEntity, DeploymentPatch, Deployment> {

    @Inject
    DeploymentRepository repository;

    @Inject
    CountryService countries;

    @Inject
    PlaceService places;

    DeploymentService() {
        super(DeploymentRepository.KIND, "deployment", DeploymentEntity.class, DeploymentEntity::new, DeploymentPatch.class, DeploymentInput.class, Deployment.class, DeploymentEntity::toView);
    }

    @Override
    public Map<String, List<String>> historyPaths() {
        return Map.of("quantity", List.of("headcount"), "period", List.of("period"), "originCode", List.of("origin"),
                "destinationCode", List.of("destination"), "personnel", List.of("personnel"), "reportedOn", List.of("reportedOn"),
                "places", List.of("placeIds"));
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
            d.quantity = QuantityValue.of(patch.headcount, d.quantity, field + ".headcount");
        }
        if (patch.period != null) {
            d.period = PeriodValue.of(patch.period, d.period);
        }
        if (patch.reportedOn != null) {
            d.reportedOn = patch.reportedOn;
        }
        places.patchPlaces(java.util.Set.of(d.destinationCode), d.places, patch.placeIds, field + ".placeIds",
                patch.destination == null ? null : field + ".destination", "the destination country");
    }

    public DeploymentConnection page(DeploymentFilter filter, FactOrder order, Integer first, String after) {
        return page(query(null, filter), order, first, after, DeploymentConnection::new);
    }

    /**
     * The first page of deployments from (or to) each of the countries, in one statement.
     *
     * @param column {@link DeploymentRepository#ORIGIN} or {@link DeploymentRepository#DESTINATION}
     */
    public Map<String, DeploymentConnection> pagePerCountry(String column, Collection<String> countryCodes,
            DeploymentFilter filter, Integer first, String after) {
        return pagePerCountry(query(column, filter), countryCodes, first, after, DeploymentConnection::new);
    }

    /** The places of each deployment, in two statements whatever the number of deployments. */
    public Map<Long, List<Place>> placesOf(Collection<Long> deploymentIds) {
        return places.listsOf(repository.findPlaceIds(deploymentIds));
    }

    private FactQuery query(String perCountry, DeploymentFilter filter) {
        DeploymentFilter f = filter == null ? new DeploymentFilter() : filter;
        FactQuery query = repository.matching(perCountry,
                countries.resolve(f.origin, "filter.origin"),
                countries.resolve(f.destination, "filter.destination"),
                f.personnel, f.verification);
        return access.scope(query, f.status, f.from, f.to, "filter");
    }

    /** A deployment is where it goes from and to: one key, origin>destination. */
    @Override
    public List<String> whereKeys(DeploymentEntity d) {
        return List.of(d.originCode + ">" + d.destinationCode);
    }

    @Override
    public String whereKeysSql() {
        return "array[f.origin_code || '>' || f.destination_code]";
    }
}
