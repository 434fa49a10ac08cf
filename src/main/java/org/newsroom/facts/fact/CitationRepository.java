package org.newsroom.facts.fact;

import java.util.Collection;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries of citations, by fact. */
@ApplicationScoped
public class CitationRepository implements PanacheRepositoryBase<CitationEntity, Long> {

    /** The citations that count for the given facts (not pending evidence), in the order they were added. */
    public List<CitationEntity> findActiveByFacts(Collection<Long> factIds) {
        return factIds.isEmpty() ? List.of() : list("active = true and factId in ?1 order by factId, id", factIds);
    }

    public long countActiveByFact(long factId) {
        return count("active = true and factId = ?1", factId);
    }

    public List<CitationEntity> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
