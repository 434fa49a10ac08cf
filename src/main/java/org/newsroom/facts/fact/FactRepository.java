package org.newsroom.facts.fact;

import java.time.OffsetDateTime;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over facts of every kind: by id, the sync feed and the full-text search. */
@ApplicationScoped
public class FactRepository implements PanacheRepositoryBase<FactEntity, Long> {

    /**
     * The fact of that id, locked for the rest of the transaction ({@code SELECT ... FOR UPDATE}), so that
     * concurrent writers of one fact take turns and each sees the version the previous one committed.
     */
    public FactEntity findByIdForUpdate(long id) {
        return findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /** Stops tracking a fact, so that changes made to it to try them out are never written. */
    public void detach(FactEntity fact) {
        org.hibernate.Hibernate.initialize(fact.placeIds());
        getEntityManager().detach(fact);
    }

    /**
     * Facts changed after an instant, oldest change first, after the keyset (updatedAt, id); drafts only for
     * editors.
     */
    public List<FactEntity> findChangedSince(OffsetDateTime since, OffsetDateTime afterAt, Long afterId, boolean withDrafts,
            int limit) {
        String visible = withDrafts ? "" : " and status in ('PUBLISHED', 'RETRACTED')";
        String keyset = afterId == null ? "" : " and (updatedAt > :afterAt or (updatedAt = :afterAt and id > :afterId))";
        Parameters params = Parameters.with("since", since);
        if (afterId != null) {
            params.and("afterAt", afterAt).and("afterId", afterId);
        }
        return find("updatedAt > :since" + visible + keyset + " order by updatedAt, id", params).page(0, limit).list();
    }

    public long countChangedSince(OffsetDateTime since, boolean withDrafts) {
        String visible = withDrafts ? "" : " and status in ('PUBLISHED', 'RETRACTED')";
        return count("updatedAt > :since" + visible, Parameters.with("since", since));
    }

    /** A fact found by the search, with its rank. */
    public record Ranked(FactEntity fact, float rank) {
    }

    /**
     * Facts matching a full-text query (PostgreSQL {@code to_tsquery('english', ...)} syntax), best match first
     * ({@code ts_rank_cd}), then by id, after the keyset (rank, id); drafts only for editors.
     */
    public List<Ranked> findMatching(String tsquery, Float afterRank, Long afterId, boolean withDrafts, int limit) {
        String sql = "select f.id, ts_rank_cd(f.search_vector, q) as rank from fact f, to_tsquery('english', :q) q"
                + " where f.search_vector @@ q" + (withDrafts ? "" : " and " + FactQuery.PUBLIC)
                + (afterId == null ? "" : " and (ts_rank_cd(f.search_vector, q), f.id) < (cast(:afterRank as real), :afterId)")
                + " order by rank desc, f.id desc limit :limit";
        var query = getEntityManager().createNativeQuery(sql).setParameter("q", tsquery).setParameter("limit", limit);
        if (afterId != null) {
            query.setParameter("afterRank", afterRank).setParameter("afterId", afterId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> hits = query.getResultList();
        if (hits.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, FactEntity> byId = list("id in ?1", hits.stream().map(h -> ((Number) h[0]).longValue()).toList())
                .stream().collect(java.util.stream.Collectors.toMap(f -> f.id, f -> f));
        return hits.stream().map(h -> new Ranked(byId.get(((Number) h[0]).longValue()), ((Number) h[1]).floatValue())).toList();
    }

    public long countMatching(String tsquery, boolean withDrafts) {
        Object n = getEntityManager().createNativeQuery("select count(*) from fact f where f.search_vector @@ to_tsquery('english', :q)"
                + (withDrafts ? "" : " and " + FactQuery.PUBLIC)).setParameter("q", tsquery).getSingleResult();
        return ((Number) n).longValue();
    }
}
