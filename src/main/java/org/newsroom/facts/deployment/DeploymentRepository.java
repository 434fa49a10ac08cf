package org.newsroom.facts.deployment;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsroom.facts.fact.FactQuery;
import org.newsroom.facts.fact.Verification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries of deployments: filtered and ordered pages (overall or per country) and their places. */
@ApplicationScoped
public class DeploymentRepository implements PanacheRepositoryBase<DeploymentEntity, Long> {

    public static final String ORIGIN = "origin_code";
    public static final String DESTINATION = "destination_code";
    static final String KIND = "DEPLOYMENT";

    /**
     * The deployments matching the given countries (alpha-2), people and verification.
     *
     * @param perCountry {@link #ORIGIN} or {@link #DESTINATION} to cut pages per country, or null
     */
    public FactQuery matching(String perCountry, String origin, String destination, PersonnelKind personnel,
            Verification verification) {
        return new FactQuery(KIND, perCountry)
                .equal(ORIGIN, origin)
                .equal(DESTINATION, destination)
                .equal("personnel", personnel)
                .equal("verification", verification);
    }

    /** The place ids of each deployment, in the order entered; one statement. */
    public Map<Long, List<Long>> findPlaceIds(Collection<Long> deploymentIds) {
        Map<Long, List<Long>> result = new LinkedHashMap<>();
        deploymentIds.forEach(id -> result.put(id, new java.util.ArrayList<>()));
        if (deploymentIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = getEntityManager().createQuery(
                "select d.id, p from DeploymentEntity d join d.places p where d.id in :ids order by d.id, index(p)", Object[].class)
                .setParameter("ids", deploymentIds).getResultList();
        rows.forEach(r -> result.get((Long) r[0]).add((Long) r[1]));
        return result;
    }
}
