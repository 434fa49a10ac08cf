package org.newsroom.facts.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.delivery.PersistedQueryService;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The retention job deletes finished webhook events older than 30 days (with their deliveries and attempts) and
 * persisted queries unused for 90 days; it keeps an old event still being retried, recent ones, and an old document
 * that was used since the last pass.
 */
@QuarkusTest
class RetentionTest {

    @Inject
    Retention retention;
    @Inject
    PersistedQueryService persistedQueries;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void oldFinishedEventsAndUnusedDocumentsAreDeletedTheRestKept() throws Exception {
        long webhook;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("insert into webhook (url, secret, events, created_by, created_at) values "
                    + "('https://example.org/retention', 'whsec_x', array['FACT_PUBLISHED'], 'test', now()) returning id")) {
                rs.next();
                webhook = rs.getLong(1);
            }
        }
        long oldDelivered = event(webhook, "40 days", true);
        long oldRetried = event(webhook, "40 days", false);
        long recentDelivered = event(webhook, "2 days", true);
        String unused = "a".repeat(64);
        String usedSince = "b".repeat(64);
        String recent = "c".repeat(64);
        document(unused, "200 days");
        document(usedSince, "200 days");
        document(recent, "10 days");
        persistedQueries.find(usedSince); // into this instance's memory
        persistedQueries.cached(usedSince); // used: a client ran it

        // on a thread of its own, as its timer runs it: no request context there
        java.util.concurrent.CompletableFuture<Retention.Pruned> pass = new java.util.concurrent.CompletableFuture<>();
        Thread.ofPlatform().start(() -> {
            try {
                pass.complete(retention.run());
            } catch (Throwable e) {
                pass.completeExceptionally(e);
            }
        });
        Retention.Pruned pruned = pass.get(30, java.util.concurrent.TimeUnit.SECONDS);

        assertTrue(pruned.webhookEvents() >= 1);
        assertEquals(0, count("select count(*) from webhook_event where id = " + oldDelivered));
        assertEquals(0, count("select count(*) from webhook_delivery where event_id = " + oldDelivered));
        assertEquals(0, count("select count(*) from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id where d.event_id = "
                + oldDelivered));
        assertEquals(1, count("select count(*) from webhook_event where id = " + oldRetried), "still being retried");
        assertEquals(1, count("select count(*) from webhook_event where id = " + recentDelivered), "recent");
        assertEquals(0, count("select count(*) from persisted_query where sha256 = '" + unused + "'"));
        assertEquals(1, count("select count(*) from persisted_query where sha256 = '" + usedSince + "'"), "used since the last pass");
        assertEquals(1, count("select count(*) from persisted_query where sha256 = '" + recent + "'"), "used within 90 days");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("delete from webhook where id = " + webhook);
        }
    }

    /** An event of the given age with a delivery (delivered, or still due) and one attempt. */
    private long event(long webhook, String age, boolean delivered) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            long event;
            try (PreparedStatement ps = c.prepareStatement("insert into webhook_event (event, payload, created_at) values "
                    + "('FACT_PUBLISHED', '{}', now() - ?::interval) returning id")) {
                ps.setString(1, age);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    event = rs.getLong(1);
                }
            }
            long delivery;
            try (PreparedStatement ps = c.prepareStatement("insert into webhook_delivery (webhook_id, event_id, attempts, next_attempt_at, delivered_at)"
                    + " values (?, ?, 1, now() + interval '1 day', " + (delivered ? "now() - ?::interval" : "null") + ") returning id")) {
                ps.setLong(1, webhook);
                ps.setLong(2, event);
                if (delivered) {
                    ps.setString(3, age);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    delivery = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("insert into webhook_attempt (delivery_id, webhook_id, number, at, status, delivered)"
                    + " values (?, ?, 1, now(), 204, true)")) {
                ps.setLong(1, delivery);
                ps.setLong(2, webhook);
                ps.executeUpdate();
            }
            return event;
        }
    }

    private void document(String hash, String unusedFor) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into persisted_query (sha256, query, created_at, last_used_on) values (?, '{ __typename }', now(), current_date - ?::interval)")) {
            ps.setString(1, hash);
            ps.setString(2, unusedFor);
            ps.executeUpdate();
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
