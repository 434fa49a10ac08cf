package org.newsroom.facts.embargo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsroom.facts.shared.Times;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Embargo rows: scheduling, settling, the due queue (locked with SKIP LOCKED) and the embargoes of facts. */
@ApplicationScoped
public class EmbargoRepository {

    private static final String COLUMNS = "fact_id, publish_at, state, fact_version, scheduled_by, scheduled_at, settled_at, outcome";

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    /** Schedules (or moves) the publication of a fact: one row per fact, scheduled again whatever it was. */
    void schedule(long factId, OffsetDateTime at, int version, String by, String byId, OffsetDateTime now) {
        em.createNativeQuery("insert into embargo (fact_id, publish_at, fact_version, scheduled_by, scheduled_by_id, scheduled_at, state)"
                + " values (:fact, :at, :version, :by, :byId, :now, 'SCHEDULED') on conflict (fact_id) do update set publish_at = excluded.publish_at,"
                + " fact_version = excluded.fact_version, scheduled_by = excluded.scheduled_by, scheduled_by_id = excluded.scheduled_by_id,"
                + " scheduled_at = excluded.scheduled_at, state = 'SCHEDULED', settled_at = null, outcome = null")
                .setParameter("fact", factId).setParameter("at", at).setParameter("version", version).setParameter("by", by)
                .setParameter("byId", byId).setParameter("now", now).executeUpdate();
    }

    /** Settles the fact's scheduled embargo, if it has one; true when it had. */
    boolean settle(long factId, EmbargoState state, String outcome) {
        return em.createNativeQuery("update embargo set state = :state, settled_at = :now, outcome = :outcome where fact_id = :fact and state = 'SCHEDULED'")
                .setParameter("state", state.name()).setParameter("now", Times.now()).setParameter("outcome", outcome)
                .setParameter("fact", factId).executeUpdate() > 0;
    }

    /** The earliest due embargo no other transaction holds, locked until this one ends; null when there is none. */
    Embargo lockNextDue(OffsetDateTime now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from embargo where state = 'SCHEDULED' and publish_at <= :now"
                + " order by publish_at, fact_id limit 1 for update skip locked").setParameter("now", now).getResultList();
        return rows.isEmpty() ? null : embargo(rows.get(0));
    }

    /** The embargoes of the given facts (any state); one statement. */
    Map<Long, Embargo> findByFacts(Collection<Long> factIds) {
        Map<Long, Embargo> result = new HashMap<>();
        if (!factIds.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from embargo where fact_id in (:ids)").setParameter("ids", factIds)
                    .getResultList();
            rows.stream().map(EmbargoRepository::embargo).forEach(e -> result.put(e.factId(), e));
        }
        return result;
    }

    /**
     * True when an embargo is due: the worker's cheap look (plain JDBC, outside Hibernate and its statistics) before it
     * opens a transaction to publish.
     */
    boolean anyDue(OffsetDateTime now) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select 1 from embargo where state = 'SCHEDULED' and publish_at <= ? limit 1")) {
            ps.setObject(1, now);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Embargo embargo(Object[] r) {
        return new Embargo(((Number) r[0]).longValue(), Times.of(r[1]), EmbargoState.valueOf((String) r[2]), ((Number) r[3]).intValue(),
                (String) r[4], Times.of(r[5]), r[6] == null ? null : Times.of(r[6]), (String) r[7]);
    }
}
