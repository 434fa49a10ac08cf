package org.newsroom.facts.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;
import org.newsroom.facts.shared.BackgroundTask;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Delivers the outbox: every pass leases the due deliveries with {@code SELECT … FOR UPDATE SKIP LOCKED} (so several
 * instances share the queue and none delivers what another holds) and commits, then POSTs each signed event outside
 * any transaction, records the attempt and either marks it delivered or schedules the next try (exponential backoff,
 * given up after the cut-off).
 * It runs on a thread of its own: a slow receiver holds the worker for at most the timeouts, never a request.
 */
@ApplicationScoped
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    WebhookConfig config;

    @Inject
    WebhookTargets targets;

    private HttpClient http;
    private BackgroundTask task;

    void start(@Observes StartupEvent start) {
        http = HttpClient.newBuilder().connectTimeout(config.timeouts().connect()).followRedirects(HttpClient.Redirect.NEVER).build();
        if (!config.worker().enabled()) {
            LOG.info("Webhook worker off (newsroom.webhooks.worker.enabled=false): another instance delivers");
            return;
        }
        java.time.Duration every = config.worker().pollInterval();
        task = BackgroundTask.start("webhook-worker", every, every, LOG, "Webhook delivery pass", () -> {
            while (deliverDue() == config.worker().batchSize()) {
                // a full batch: more may be due
            }
        });
    }

    void stop(@Observes ShutdownEvent stop) {
        if (task != null) {
            task.stop();
        }
    }

    /** One delivery due, as locked by this pass. */
    record Due(long id, long webhookId, long eventId, int attempts, String url, String secret, String payload, OffsetDateTime eventAt) {
    }

    /**
     * One pass: leases the due deliveries this instance could lock (up to the batch size) in one short transaction,
     * then POSTs each outside any transaction and records each outcome in a transaction of its own. A transaction held
     * open during a slow POST would hold back the public {@code changes} feed, which shows nothing newer than the
     * oldest running transaction. The lease is the delivery's next attempt moved past the time the pass may take: an
     * instance that dies mid-pass leaves its deliveries to be taken again once that time has passed (receivers get
     * at-least-once delivery, and Standard Webhooks' ids let them drop a repeat).
     *
     * @return how many it handled
     */
    public int deliverDue() throws SQLException {
        List<Due> due = leaseDue();
        for (Due d : due) {
            Integer status = post(d);
            try (Connection c = dataSource.getConnection()) {
                record(c, d, status);
            }
        }
        return due.size();
    }

    /** How long a pass may hold its deliveries: every POST of a full batch at its longest, and a margin. */
    Duration leaseTime() {
        return config.timeouts().connect().plus(config.timeouts().request()).multipliedBy(config.worker().batchSize())
                .plusSeconds(30);
    }

    private List<Due> leaseDue() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                List<Due> due = lockDue(c);
                try (PreparedStatement ps = c.prepareStatement("update webhook_delivery set next_attempt_at = now() + ? * interval '1 millisecond'"
                        + " where id = any(?)")) {
                    ps.setLong(1, leaseTime().toMillis());
                    ps.setArray(2, c.createArrayOf("bigint", due.stream().map(Due::id).toArray()));
                    ps.executeUpdate();
                }
                c.commit();
                return due;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private List<Due> lockDue(Connection c) throws SQLException {
        List<Due> due = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select d.id, d.webhook_id, d.event_id, d.attempts, w.url, w.secret, e.payload,"
                + " e.created_at from webhook_delivery d join webhook w on w.id = d.webhook_id join webhook_event e on e.id = d.event_id"
                + " where d.delivered_at is null and d.given_up_at is null and d.next_attempt_at <= now() and w.deleted_at is null"
                + " order by d.next_attempt_at, d.id limit ? for update of d skip locked")) {
            ps.setInt(1, config.worker().batchSize());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    due.add(new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getObject(8, OffsetDateTime.class)));
                }
            }
        }
        return due;
    }

    /** Records one attempt and its outcome: delivered, given up, or due again after the backoff (ending the lease). */
    private void record(Connection c, Due d, Integer status) throws SQLException {
        int number = d.attempts() + 1;
        boolean delivered = status != null && status >= 200 && status < 300;
        c.setAutoCommit(false);
        try {
            try (PreparedStatement ps = c.prepareStatement("insert into webhook_attempt (delivery_id, webhook_id, number, at, status, delivered)"
                    + " values (?, ?, ?, now(), ?, ?)")) {
                ps.setLong(1, d.id());
                ps.setLong(2, d.webhookId());
                ps.setInt(3, number);
                ps.setObject(4, status);
                ps.setBoolean(5, delivered);
                ps.executeUpdate();
            }
            OffsetDateTime now = OffsetDateTime.now();
            boolean givenUp = !delivered && Duration.between(d.eventAt(), now).compareTo(config.retry().cutoff()) > 0;
            try (PreparedStatement ps = c.prepareStatement("update webhook_delivery set attempts = ?, delivered_at = ?, given_up_at = ?,"
                    + " next_attempt_at = ? where id = ?")) {
                ps.setInt(1, number);
                ps.setObject(2, delivered ? now : null);
                ps.setObject(3, givenUp ? now : null);
                ps.setObject(4, now.plus(backoff(number)));
                ps.setLong(5, d.id());
                ps.executeUpdate();
            }
            c.commit();
            if (!delivered) {
                LOG.debugf("Webhook %d: event %d not delivered (attempt %d, status %s)%s", d.webhookId(), d.eventId(), number, status,
                        givenUp ? ", given up" : "");
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    /**
     * Deletes the events older than {@code keep} whose every delivery is finished (delivered or given up), with their
     * deliveries and attempts; an event still being retried is kept whatever its age.
     *
     * @return how many events were deleted
     */
    public int prune(Duration keep) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement old = c.prepareStatement(
                "with old as (select e.id from webhook_event e where e.created_at < now() - ? * interval '1 second'"
                        + " and not exists (select 1 from webhook_delivery d where d.event_id = e.id and d.delivered_at is null"
                        + " and d.given_up_at is null) limit 10000),"
                        + " gone as (delete from webhook_delivery d using old where d.event_id = old.id)"
                        + " delete from webhook_event e using old where e.id = old.id")) {
            old.setLong(1, keep.toSeconds());
            return old.executeUpdate();
        }
    }

    /** The wait after the given number of failed attempts: initial × factor^(n-1), at most max. */
    Duration backoff(int failedAttempts) {
        double millis = config.retry().initial().toMillis() * Math.pow(config.retry().factor(), failedAttempts - 1);
        return Duration.ofMillis((long) Math.min(millis, config.retry().max().toMillis()));
    }

    /** POSTs the signed event; the receiver's status, or null when it could not be reached (or is not allowed). */
    private Integer post(Due d) {
        if (targets.refusal(d.url()) != null) {
            return null;
        }
        String id = "msg_" + d.eventId();
        long timestamp = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(URI.create(d.url())).timeout(config.timeouts().request())
                .header("content-type", "application/json")
                .header("webhook-id", id)
                .header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", WebhookSigner.signature(d.secret(), id, timestamp, d.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(d.payload())).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
