package org.newsroom.facts.fact;

import java.util.Collection;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries of disputes, by fact. */
@ApplicationScoped
public class DisputeRepository implements PanacheRepositoryBase<DisputeEntity, Long> {

    /** The disputes of the given facts, in the order they were added. */
    public List<DisputeEntity> findByFacts(Collection<Long> factIds) {
        return factIds.isEmpty() ? List.of() : list("factId in ?1 order by factId, id", factIds);
    }
}
