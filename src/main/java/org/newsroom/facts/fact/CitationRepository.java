package org.newsroom.facts.fact;

import java.util.Collection;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries of citations, by fact. */
@ApplicationScoped
public class CitationRepository implements PanacheRepositoryBase<CitationEntity, Long> {

    /** The citations of the given facts, in the order they were added. */
    public List<CitationEntity> findByFacts(Collection<Long> factIds) {
        return factIds.isEmpty() ? List.of() : list("factId in ?1 order by factId, id", factIds);
    }

    public long countByFact(long factId) {
        return count("factId", factId);
    }
}
