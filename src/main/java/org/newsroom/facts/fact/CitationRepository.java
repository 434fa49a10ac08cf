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

    /** The chain of each citation (source ids in order); one statement. */
    public java.util.Map<Long, List<Long>> findChains(Collection<Long> citationIds) {
        java.util.Map<Long, List<Long>> result = new java.util.LinkedHashMap<>();
        citationIds.forEach(id -> result.put(id, new java.util.ArrayList<>()));
        if (!citationIds.isEmpty()) {
            getEntityManager().createQuery("select c.id, s from CitationEntity c join c.chain s where c.id in :ids order by c.id, index(s)",
                    Object[].class).setParameter("ids", citationIds).getResultList()
                    .forEach(r -> result.get((Long) r[0]).add((Long) r[1]));
        }
        return result;
    }

    public List<CitationEntity> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
