package org.newsroom.facts.fact;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
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

    /**
     * The published (or retracted) facts that print a source: cited as source, via or in a chain (active citations),
     * or a claim it made; newest first.
     */
    public List<Long> findPublishedPrinting(long sourceId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = getEntityManager().createNativeQuery("""
                select f.id from fact f where f.status <> 'DRAFT' and (f.claimant_id = :s or exists (
                    select 1 from citation c where c.fact_id = f.id and c.active and (c.source_id = :s or c.via_source_id = :s
                        or exists (select 1 from citation_chain cc where cc.citation_id = c.id and cc.source_id = :s))))
                order by f.id desc
                """).setParameter("s", sourceId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Stops tracking a fact, so that changes made to it to try them out are never written. */
    public void detach(FactEntity fact) {
        org.hibernate.Hibernate.initialize(fact.placeIds());
        getEntityManager().detach(fact);
    }

    /** A fact of the change feed, with the transaction that last wrote it. */
    public record Changed(FactEntity fact, String xid) {
    }

    /**
     * Facts changed after an instant, in the order their last writes committed (transaction id, then fact id),
     * after the keyset (xid, id); only writes of transactions older than all running ones, so that no later
     * commit can fall behind a cursor. Drafts only for editors.
     */
    public List<Changed> findChangedSince(OffsetDateTime since, String afterXid, Long afterId, boolean withDrafts, int limit) {
        String sql = "select f.id, cast(f.change_xid as text) from fact f where f.updated_at > :since"
                + " and f.change_xid < pg_snapshot_xmin(pg_current_snapshot())" + (withDrafts ? "" : " and " + FactQuery.PUBLIC)
                + (afterId == null ? "" : " and (f.change_xid, f.id) > (cast(:afterXid as xid8), :afterId)")
                + " order by f.change_xid, f.id limit :limit";
        var query = getEntityManager().createNativeQuery(sql).setParameter("since", since).setParameter("limit", limit);
        if (afterId != null) {
            query.setParameter("afterXid", afterXid).setParameter("afterId", afterId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, FactEntity> byId = byIds(rows.stream().map(r -> ((Number) r[0]).longValue()).toList());
        return rows.stream().map(r -> new Changed(byId.get(((Number) r[0]).longValue()), (String) r[1])).toList();
    }

    /** Drafts of every kind, the most recently changed first, after the keyset (updatedAt, id) (fact_draft_updated_idx). */
    public List<FactEntity> findDraftsLatestChangedFirst(OffsetDateTime afterAt, Long afterId, int limit) {
        if (afterId == null) {
            return find("status = ?1 order by updatedAt desc, id desc", PublicationStatus.DRAFT).page(0, limit).list();
        }
        return find("status = ?1 and (updatedAt < ?2 or (updatedAt = ?2 and id < ?3)) order by updatedAt desc, id desc",
                PublicationStatus.DRAFT, afterAt, afterId).page(0, limit).list();
    }

    public long countDrafts() {
        return count("status", PublicationStatus.DRAFT);
    }

    public long countChangedSince(OffsetDateTime since, boolean withDrafts) {
        Object n = getEntityManager().createNativeQuery("select count(*) from fact f where f.updated_at > :since"
                + " and f.change_xid < pg_snapshot_xmin(pg_current_snapshot())" + (withDrafts ? "" : " and " + FactQuery.PUBLIC))
                .setParameter("since", since).getSingleResult();
        return ((Number) n).longValue();
    }

    Map<Long, FactEntity> byIds(List<Long> ids) {
        return ids.isEmpty() ? Map.of() : list("id in ?1", ids).stream().collect(Collectors.toMap(f -> f.id, f -> f));
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
        Map<Long, FactEntity> byId = byIds(hits.stream().map(h -> ((Number) h[0]).longValue()).toList());
        return hits.stream().map(h -> new Ranked(byId.get(((Number) h[0]).longValue()), ((Number) h[1]).floatValue())).toList();
    }

    public long countMatching(String tsquery, boolean withDrafts) {
        Object n = getEntityManager().createNativeQuery("select count(*) from fact f where f.search_vector @@ to_tsquery('english', :q)"
                + (withDrafts ? "" : " and " + FactQuery.PUBLIC)).setParameter("q", tsquery).getSingleResult();
        return ((Number) n).longValue();
    }

    /**
     * Ids of the facts of a kind (not retracted) that share a where-key, overlap the period and hold the figure
     * within the tolerance, or whose statement is similar (pg_trgm); the most alike first. Each part is left out
     * when the new fact has none.
     */
    public List<Long> findSimilar(String kind, String keysSql, List<String> keys, java.time.LocalDate start, java.time.LocalDate end,
            Double central, double tolerance, String statement, int limit) {
        StringBuilder sql = new StringBuilder("select f.id from fact f where f.kind = :kind and f.status <> 'RETRACTED'");
        if (!keys.isEmpty()) {
            sql.append(" and (").append(keysSql).append(") && cast(:keys as text[])");
        }
        if (start != null) {
            sql.append(" and (f.period_start is null or (f.period_start <= :end and f.period_end >= :start))");
        }
        if (central != null) {
            sql.append(" and abs(").append(QuantityValue.CENTRAL_SQL).append(" - :central) <= :tolerance * greatest(abs(")
                    .append(QuantityValue.CENTRAL_SQL).append("), abs(:central))");
        }
        if (statement != null) {
            sql.append(" and lower(f.statement) % lower(:statement) order by similarity(lower(f.statement), lower(:statement)) desc, f.id desc");
        } else if (central != null) {
            sql.append(" order by abs(").append(QuantityValue.CENTRAL_SQL).append(" - :central), f.id desc");
        } else {
            sql.append(" order by f.id desc");
        }
        var query = getEntityManager().createNativeQuery(sql.append(" limit :limit").toString())
                .setParameter("kind", kind).setParameter("limit", limit);
        if (!keys.isEmpty()) {
            // keys are country codes and separators (letters, '>'), so the array literal needs no quoting
            query.setParameter("keys", "{" + String.join(",", keys) + "}");
        }
        if (start != null) {
            query.setParameter("start", start).setParameter("end", end == null ? start : end);
        }
        if (central != null) {
            query.setParameter("central", central).setParameter("tolerance", tolerance);
        }
        if (statement != null) {
            query.setParameter("statement", statement);
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = query.getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }
}
