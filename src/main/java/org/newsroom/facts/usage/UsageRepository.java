package org.newsroom.facts.usage;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.newsroom.facts.fact.Batched;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Queries of usages: the upsert of a page's registration, a fact's pages, and the stale ones, paged. */
@ApplicationScoped
public class UsageRepository {

    private static final String COLUMNS = "id, fact_id, url, title, registered_at, fact_version, stale";

    @Inject
    EntityManager em;

    /** Records (or confirms) that the page prints the fact at that version; one row per fact and page. */
    public Usage upsert(long factId, String url, String title, int version, String by, OffsetDateTime at) {
        Object[] row = (Object[]) em.createNativeQuery("insert into usage (fact_id, url, title, fact_version, registered_at, registered_by)"
                + " values (:fact, :url, :title, :version, :at, :by) on conflict (fact_id, url) do update set"
                + " title = coalesce(excluded.title, usage.title), fact_version = excluded.fact_version,"
                + " registered_at = excluded.registered_at, registered_by = excluded.registered_by, stale = false returning " + COLUMNS)
                .setParameter("fact", factId).setParameter("url", url).setParameter("title", title).setParameter("version", version)
                .setParameter("at", at).setParameter("by", by).getSingleResult();
        return usage(row);
    }

    /** The pages of each fact, most recently confirmed first; one statement. */
    public Map<Long, List<Usage>> findByFacts(Collection<Long> factIds) {
        Map<Long, List<Usage>> result = Batched.emptyLists(factIds);
        if (!factIds.isEmpty()) {
            rows("select " + COLUMNS + " from usage where fact_id in (:ids) order by fact_id, registered_at desc, id desc", "ids", factIds)
                    .forEach(u -> result.get(u.factId()).add(u));
        }
        return result;
    }

    /** Stale usages after the keyset (registered_at, id), oldest first (index usage_stale_idx). */
    public List<Usage> findStale(OffsetDateTime afterAt, Long afterId, int limit) {
        var q = em.createNativeQuery("select " + COLUMNS + " from usage where stale"
                + (afterId == null ? "" : " and (registered_at, id) > (:at, :id)") + " order by registered_at, id limit :limit")
                .setParameter("limit", limit);
        if (afterId != null) {
            q.setParameter("at", afterAt).setParameter("id", afterId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(UsageRepository::usage).toList();
    }

    public long countStale() {
        return ((Number) em.createNativeQuery("select count(*) from usage where stale").getSingleResult()).longValue();
    }

    private List<Usage> rows(String sql, String param, Object value) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(param, value).getResultList();
        return rows.stream().map(UsageRepository::usage).toList();
    }

    private static Usage usage(Object[] r) {
        OffsetDateTime at = org.newsroom.facts.shared.Times.of(r[4]);
        return new Usage(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3], at,
                ((Number) r[5]).intValue(), (Boolean) r[6]);
    }
}
