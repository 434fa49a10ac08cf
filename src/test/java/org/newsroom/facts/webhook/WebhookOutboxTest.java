package org.newsroom.facts.webhook;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;

/**
 * The outbox without a running worker — as if the instance that committed had crashed before delivering: the events
 * are committed with their changes and wait; the next worker passes deliver them, and two instances' workers
 * passing at the same time (SKIP LOCKED) deliver every event once.
 */
@QuarkusTest
@TestProfile(WebhookOutboxTest.NoWorker.class)
class WebhookOutboxTest {

    /** No background worker: the test runs the passes itself. */
    public static class NoWorker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsroom.webhooks.worker.enabled", "false", "newsroom.webhooks.worker.batch-size", "3",
                    "newsroom.webhooks.retry.cutoff", "2s");
        }
    }

    @Inject
    Vertx vertx;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    WebhookWorker worker;

    int pending() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from webhook_delivery where delivered_at is null and given_up_at is null");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void committedEventsSurviveACrashAndTwoInstancesDeliverEachOnce() throws Exception {
        try (Receiver receiver = new Receiver(vertx)) {
            GraphQL.chief().send(WebhookTest.CREATE, "in", Map.of("url", receiver.url(), "events", List.of("FACT_PUBLISHED", "CORRECTION_SUBMITTED")))
                    .body("errors", nullValue());
            List<String> facts = new ArrayList<>();
            for (String origin : List.of("AD", "MC", "SM", "LI", "VA", "MT", "CY", "IS")) {
                facts.add(WebhookTest.published(origin));
            }
            GraphQL.editor().send("mutation($in: CorrectionInput!) { submitCorrection(input: $in) { id } }", "in", Map.of("factId", facts.get(0),
                    "reason", "r", "publicNote", "n", "verification", "DISPUTED")).body("errors", nullValue());
            Thread.sleep(500);
            assertEquals(9, pending(), "8 publishes and a submitted correction wait in the outbox");
            assertEquals(0, receiver.received.size(), "nothing is sent while no worker runs");

            ExecutorService instances = Executors.newFixedThreadPool(2);
            Callable<Integer> drain = () -> {
                int n = 0;
                for (int handled; (handled = worker.deliverDue()) > 0;) {
                    n += handled;
                }
                return n;
            };
            List<Future<Integer>> passes = instances.invokeAll(List.of(drain, drain));
            int handled = passes.get(0).get() + passes.get(1).get();
            instances.shutdown();
            assertEquals(9, handled, "each delivery was taken by exactly one of the two workers");
            assertEquals(0, pending());
            assertEquals(9, receiver.received.size(), "every event once");
            assertEquals(9, receiver.received.stream().map(r -> r.header("webhook-id")).distinct().count());
            assertEquals(1, receiver.matching(j -> "correction.submitted".equals(j.getString("type"))).size());
            assertEquals(0, worker.deliverDue(), "nothing left");
        }
    }

    @Test
    void aDeliveryIsGivenUpAfterTheCutOff() throws Exception {
        try (Receiver receiver = new Receiver(vertx)) {
            receiver.refuse.set(1000);
            String webhook = GraphQL.chief().send(WebhookTest.CREATE, "in", Map.of("url", receiver.url(), "events", List.of("FACT_RETRACTED")))
                    .body("errors", nullValue()).extract().path("data.createWebhook.webhook.id");
            String fact = WebhookTest.published("TV");
            GraphQL.chief().send("mutation($id: ID!) { retractFact(id: $id, expectedVersion: 2, reason: \"Withdrawn.\") { status } }", "id", fact)
                    .body("errors", nullValue());
            assertEquals(1, worker.deliverDue(), "the first attempt");
            assertEquals(1, pending(), "refused, to be retried");
            Thread.sleep(2200); // past the cut-off of 2 s after the event
            assertEquals(1, worker.deliverDue(), "the last attempt");
            assertEquals(0, pending(), "given up");
            Thread.sleep(300);
            assertEquals(0, worker.deliverDue(), "no more attempts");
            assertEquals(2, receiver.received.size());
            GraphQL.chief().send(WebhookTest.DELIVERIES)
                    .body("data.webhooks.find { it.id == '" + webhook + "' }.deliveries.status", org.hamcrest.Matchers.contains(503, 503));
        }
    }
}
