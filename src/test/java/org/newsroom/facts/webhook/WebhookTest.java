package org.newsroom.facts.webhook;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;

/**
 * Webhooks against a local receiver: chiefs manage them; a publish is POSTed, signed as Standard Webhooks says
 * (verified with its reference library); a receiver that is down gets the event after retries, each attempt listed;
 * an event of a change that rolled back is never sent.
 */
@QuarkusTest
class WebhookTest {

    static final String CREATE = "mutation($in: WebhookInput!) { createWebhook(input: $in) { secret webhook { id url events } } }";
    static final String DELETE = "mutation($id: ID!) { deleteWebhook(id: $id) }";
    static final String DELIVERIES = "{ webhooks { id deliveries(first: 10) { event factId status attempts delivered } } }";

    @Inject
    Vertx vertx;

    @Inject
    AgroalDataSource dataSource;

    static String published(String origin) {
        String id = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment(origin, "RU")).extract().path("data.createDeployment.id");
        GraphQL.chief().send("mutation($id: ID!) { publishFact(id: $id, expectedVersion: 1) { status } }", "id", id).body("errors", nullValue());
        return id;
    }

    static int webhooks() {
        return GraphQL.chief().send("{ webhooks { id } }").body("errors", nullValue()).extract().path("data.webhooks.size()");
    }

    @Test
    void chiefsManageWebhooksAndBadInputWritesNothing() throws Exception {
        int before = webhooks();
        GraphQL.editor().send(CREATE, "in", Map.of("url", "https://cms.example/hook", "events", List.of("FACT_PUBLISHED")))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.chief().send(CREATE, "in", Map.of("url", "ftp://cms.example/hook", "events", List.of("FACT_PUBLISHED")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT")).body("errors[0].extensions.field", equalTo("input.url"));
        GraphQL.chief().send(CREATE, "in", Map.of("url", "https://cms.example/hook", "events", List.of()))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT")).body("errors[0].extensions.field", equalTo("input.events"));
        assertEquals(before, webhooks(), "refused webhooks are not stored");
        String id = GraphQL.chief().send(CREATE, "in", Map.of("url", "https://cms.example/hook", "events", List.of("FACT_PUBLISHED", "FACT_PUBLISHED")))
                .body("errors", nullValue())
                .body("data.createWebhook.secret", startsWith("whsec_"))
                .body("data.createWebhook.webhook.events", hasSize(1))
                .extract().path("data.createWebhook.webhook.id");
        assertEquals(before + 1, webhooks(), "positive control: a valid webhook is stored");
        GraphQL.chief().send("{ webhooks { url } }").body("data.webhooks.url", org.hamcrest.Matchers.hasItem("https://cms.example/hook"));
        GraphQL.chief().send(DELETE, "id", id).body("data.deleteWebhook", equalTo(true));
        GraphQL.chief().send(DELETE, "id", id).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        assertEquals(before, webhooks());
    }

    @Test
    void aCorrectionsWebhookLetsTheCmsFindItsStalePagesAndTheirChangesInOneQuery() throws Exception {
        org.newsroom.facts.support.GraphQL cms = GraphQL.as(org.newsroom.facts.support.Tokens.token("cms-hooks", "cms"));
        try (Receiver receiver = new Receiver(vertx)) {
            String webhook = GraphQL.chief().send(CREATE, "in", Map.of("url", receiver.url(), "events", List.of("FACT_CORRECTED")))
                    .body("errors", nullValue()).extract().path("data.createWebhook.webhook.id");
            String fact = published("SB");
            String page = "https://news.example/hooks/" + fact;
            cms.send("mutation($f: ID!, $u: String!) { registerUsage(factId: $f, url: $u) { factVersion } }", "f", fact, "u", page)
                    .body("errors", nullValue());
            String correction = org.newsroom.facts.support.Corrections.submit(GraphQL.editor(), org.newsroom.facts.support.Corrections.correction(fact,
                    Map.of("headcount", Map.of("value", 600, "unit", "workers"))));
            GraphQL.as(org.newsroom.facts.support.Tokens.chief("chris")).send(org.newsroom.facts.support.Corrections.REVIEW, "id", correction,
                    "d", "APPROVE", "n", null).body("errors", nullValue());
            List<Receiver.Received> got = receiver.await(j -> fact.equals(j.getJsonObject("data").getString("factId")), 1);
            assertEquals(1, got.size());
            io.vertx.core.json.JsonObject data = got.get(0).json().getJsonObject("data");
            assertEquals("fact.corrected", got.get(0).json().getString("type"));
            assertEquals(3, data.getInteger("version"));
            assertEquals(2, data.getInteger("previousVersion"));
            assertEquals(1, data.getInteger("stalePages"));
            // the one query a receiver makes with the event's fact id
            cms.send("query StalePages($id: ID!) { fact(id: $id) { version usedIn { url needsUpdate printed { version summary }"
                    + " changesSince { changes { field from to } corrections { text } } } } }", "id", data.getString("factId"))
                    .body("errors", nullValue())
                    .body("data.fact.usedIn[0].url", equalTo(page))
                    .body("data.fact.usedIn[0].needsUpdate", equalTo(true))
                    .body("data.fact.usedIn[0].printed.version", equalTo(2))
                    .body("data.fact.usedIn[0].changesSince.changes.find { it.field == 'headcount.value' }.from", equalTo("500"))
                    .body("data.fact.usedIn[0].changesSince.changes.find { it.field == 'headcount.value' }.to", equalTo("600"))
                    .body("data.fact.usedIn[0].changesSince.corrections[0].text", equalTo("An earlier version gave the wrong number of workers."));
            GraphQL.chief().send(DELETE, "id", webhook);
        }
    }

    @Test
    void aPublishIsDeliveredSignedAsStandardWebhooksSays() throws Exception {
        try (Receiver receiver = new Receiver(vertx)) {
            var created = GraphQL.chief().send(CREATE, "in", Map.of("url", receiver.url(), "events", List.of("FACT_PUBLISHED")))
                    .body("errors", nullValue()).extract();
            String secret = created.path("data.createWebhook.secret");
            String webhook = created.path("data.createWebhook.webhook.id");
            String fact = published("CV");
            List<Receiver.Received> got = receiver.await(j -> fact.equals(j.getJsonObject("data").getString("factId")), 1);
            assertEquals(1, got.size());
            Receiver.Received post = got.get(0);
            assertEquals("fact.published", post.json().getString("type"));
            assertEquals("PUBLISHED", post.json().getJsonObject("data").getString("status"));
            assertTrue(post.header("webhook-id").startsWith("msg_"));
            new com.standardwebhooks.Webhook(secret).verify(post.body(), post.headers()); // throws when the signature is wrong
            assertThrows(com.standardwebhooks.exceptions.WebhookVerificationException.class,
                    () -> new com.standardwebhooks.Webhook(secret).verify(post.body().replace("PUBLISHED", "RETRACTED"), post.headers()),
                    "positive control: a changed body fails the verification");
            // the outcome is recorded once the receiver has answered (after the POST it already holds)
            String path = "data.webhooks.find { it.id == '" + webhook + "' }.deliveries[0].delivered";
            for (int i = 0; i < 100 && !Boolean.TRUE.equals(GraphQL.chief().send(DELIVERIES).extract().path(path)); i++) {
                Thread.sleep(50);
            }
            GraphQL.chief().send(DELIVERIES).body("data.webhooks.find { it.id == '" + webhook + "' }.deliveries[0].delivered", equalTo(true))
                    .body("data.webhooks.find { it.id == '" + webhook + "' }.deliveries[0].status", equalTo(204))
                    .body("data.webhooks.find { it.id == '" + webhook + "' }.deliveries[0].event", equalTo("FACT_PUBLISHED"));
            GraphQL.chief().send(DELETE, "id", webhook);
        }
    }

    @Test
    void aReceiverThatIsDownGetsTheEventAfterRetries() throws Exception {
        try (Receiver receiver = new Receiver(vertx)) {
            receiver.refuse.set(2);
            String webhook = GraphQL.chief().send(CREATE, "in", Map.of("url", receiver.url(), "events", List.of("FACT_PUBLISHED")))
                    .extract().path("data.createWebhook.webhook.id");
            String fact = published("ST");
            List<Receiver.Received> got = receiver.await(j -> fact.equals(j.getJsonObject("data").getString("factId")), 3);
            assertEquals(3, got.size(), "two refusals, then the delivery");
            assertEquals(1, got.stream().map(r -> r.header("webhook-id")).distinct().count(), "one message, retried");
            Thread.sleep(300); // the worker records the last attempt after the receiver answered
            GraphQL.chief().send(DELIVERIES)
                    .body("data.webhooks.find { it.id == '" + webhook + "' }.deliveries.attempts", org.hamcrest.Matchers.contains(3, 2, 1))
                    .body("data.webhooks.find { it.id == '" + webhook + "' }.deliveries.status", org.hamcrest.Matchers.contains(204, 503, 503))
                    .body("data.webhooks.find { it.id == '" + webhook + "' }.deliveries.delivered", org.hamcrest.Matchers.contains(true, false, false));
            GraphQL.chief().send(DELETE, "id", webhook);
        }
    }

    @Test
    void anEventOfAChangeThatRolledBackIsNeverSent() throws Exception {
        try (Receiver receiver = new Receiver(vertx)) {
            String webhook = GraphQL.chief().send(CREATE, "in", Map.of("url", receiver.url(), "events", List.of("FACT_CORRECTED")))
                    .extract().path("data.createWebhook.webhook.id");
            String fact = published("KM");
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement("update fact set version = version + 1 where id = ?")) {
                    ps.setLong(1, Long.parseLong(fact));
                    ps.executeUpdate();
                }
                c.rollback();
            }
            Thread.sleep(1000);
            assertEquals(0, receiver.matching(j -> fact.equals(j.getJsonObject("data").getString("factId"))).size());
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("update fact set version = version + 1 where id = ?")) {
                ps.setLong(1, Long.parseLong(fact));
                ps.executeUpdate(); // positive control: the same change, committed, is sent
            }
            assertEquals(1, receiver.await(j -> fact.equals(j.getJsonObject("data").getString("factId")), 1).size());
            GraphQL.chief().send(DELETE, "id", webhook);
        }
    }

    /**
     * A receiver that never answers holds the worker for the request timeout, but not the public changes feed (which
     * shows nothing newer than the oldest running transaction): the worker delivers outside the transaction that
     * leased the delivery, so a publish made while the POST hangs is in changes(since:) within a second.
     */
    @Test
    void aReceiverThatNeverAnswersDoesNotHoldBackTheChangesFeed() throws Exception {
        try (Receiver receiver = new Receiver(vertx)) {
            receiver.hang.set(true);
            String webhook = GraphQL.chief().send(CREATE, "in", Map.of("url", receiver.url(), "events", List.of("FACT_PUBLISHED")))
                    .body("errors", nullValue()).extract().path("data.createWebhook.webhook.id");
            String since = java.time.Instant.now().minusSeconds(1).toString();
            String first = published("TL");
            assertEquals(1, receiver.await(j -> first.equals(j.getJsonObject("data").getString("factId")), 1).size(),
                    "the worker is in the middle of a POST that will not be answered");
            String second = published("ST");
            long start = System.nanoTime();
            long waited;
            while (true) {
                waited = (System.nanoTime() - start) / 1_000_000;
                List<String> ids = GraphQL.reader().send("query($s: DateTime!) { changes(since: $s, first: 100) { nodes { id } } }", "s", since)
                        .extract().path("data.changes.nodes.id");
                if (ids.contains(second) || waited > 10_000) {
                    break;
                }
                Thread.sleep(20);
            }
            assertTrue(waited < 1_000, "the publish reached changes(since:) after " + waited + " ms");
            receiver.hang.set(false);
            GraphQL.chief().send(DELETE, "id", webhook);
        }
    }
}
