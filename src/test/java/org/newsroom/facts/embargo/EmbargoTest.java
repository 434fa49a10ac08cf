package org.newsroom.facts.embargo;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.Corrections;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;
import org.newsroom.facts.support.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;

/**
 * Embargoes with a clock the test moves: a scheduled draft is a draft to a reader on every surface until its time
 * (fact, search, the country's list, changes, a cached GET, the fact box, the webhook outbox, a subscription) and
 * published within a second after, once; two instances' workers publish a batch of due embargoes each exactly once; chiefs move and
 * cancel embargoes; a draft changed after it was scheduled is not published.
 */
@QuarkusTest
class EmbargoTest {

    static final String SCHEDULE = "mutation($id: ID!, $v: Int!, $at: DateTime) { publishFact(id: $id, expectedVersion: $v, at: $at) { status "
            + "embargo { state publishAt scheduledBy factVersion outcome } } }";
    static final String EMBARGO = "query($id: ID!) { fact(id: $id) { status version embargo { state publishAt outcome settledAt } "
            + "history { action by note } } }";

    @Inject
    EmbargoClock clock;

    @Inject
    EmbargoService service;

    @Inject
    EmbargoRepository repository;

    @Inject
    AgroalDataSource dataSource;

    @io.quarkus.test.common.http.TestHTTPResource("/graphql")
    java.net.URI endpoint;

    @Inject
    io.vertx.core.Vertx vertx;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A draft deployment between the countries whose notes carry {@code word} (for search); its id. */
    static String draft(String origin, String destination, String word) {
        Map<String, Object> in = Inputs.deployment(origin, destination);
        in.put("notes", "Embargo test " + word + ".");
        return GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", in).body("errors", nullValue()).extract().path("data.createDeployment.id");
    }

    /** What a reader sees of the fact on every surface, as one line per surface. */
    Map<String, Object> readerSees(String id, String word, String destination, OffsetDateTime since) throws Exception {
        Map<String, Object> seen = new HashMap<>();
        seen.put("fact", GraphQL.reader().send("query($id: ID!) { fact(id: $id) { status } }", "id", id).extract().path("data.fact.status"));
        seen.put("search", GraphQL.reader().send("query($t: String!) { search(text: $t) { nodes { id } } }", "t", word)
                .extract().path("data.search.nodes.id"));
        seen.put("list", GraphQL.reader().send("query($c: String!) { country(code: $c) { deploymentsTo(first: 50) { nodes { id } } } }", "c", destination)
                .extract().path("data.country.deploymentsTo.nodes.id"));
        seen.put("changes", GraphQL.reader().send("query($s: DateTime!) { changes(since: $s, first: 100) { nodes { id } } }", "s", since.toString())
                .extract().path("data.changes.nodes.id"));
        seen.put("cached GET", RestAssured.given().queryParam("query", "query EmbargoedFact { fact(id: \"" + id + "\") { status } }").get("/graphql")
                .then().statusCode(200).extract().path("data.fact.status"));
        seen.put("box", RestAssured.given().get("/embed/facts/" + id).then().extract().statusCode());
        seen.put("webhook events", published(id));
        return seen;
    }

    /** FACT_PUBLISHED events of the fact in the webhook outbox. */
    int published(String id) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from webhook_event where fact_id = ? and event = 'FACT_PUBLISHED'")) {
            ps.setLong(1, Long.parseLong(id));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void aScheduledDraftIsADraftOnEverySurfaceUntilItsTimeAndPublishedWithinASecondAfter() throws Exception {
        String webhook = GraphQL.chief().send("mutation($in: WebhookInput!) { createWebhook(input: $in) { webhook { id } } }", "in",
                Map.of("url", "http://127.0.0.1:9/hooks", "events", List.of("FACT_PUBLISHED"))).body("errors", nullValue())
                .extract().path("data.createWebhook.webhook.id");
        org.newsroom.facts.support.LiveSockets.Live live = new org.newsroom.facts.support.LiveSockets(vertx, endpoint).connect();
        try {
            live.subscribe("1", "subscription { factChanged(filter: { countries: [\"TO\"] }) { event fact { id status } } }");
            Thread.sleep(500); // the subscription is in place once the server has read the message
            OffsetDateTime since = OffsetDateTime.now().minusSeconds(1);
            String id = draft("TO", "WS", "tongawatch");
            OffsetDateTime at = clock.now().plusHours(1);
            GraphQL.editor().send(SCHEDULE, "id", id, "v", 1, "at", at.toString()).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
            GraphQL.chief().send(SCHEDULE, "id", id, "v", 1, "at", at.toString()).body("errors", nullValue())
                    .body("data.publishFact.status", equalTo("DRAFT"))
                    .body("data.publishFact.embargo.state", equalTo("SCHEDULED"))
                    .body("data.publishFact.embargo.factVersion", equalTo(1));
            GraphQL.reader().send(EMBARGO, "id", id).body("data.fact", nullValue());
            Map<String, Object> draft = Map.of("fact", "null", "search", "[]", "list", "absent", "changes", "absent", "cached GET", "null",
                    "box", 404, "webhook events", 0);
            // just before its time
            clock.advance(Duration.ofHours(1).minusSeconds(2));
            Thread.sleep(400); // several passes of the worker
            assertEquals(draft, summary(readerSees(id, "tongawatch", "WS", since), id), "a second before its time");
            GraphQL.editor().send(EMBARGO, "id", id).body("data.fact.status", equalTo("DRAFT")).body("data.fact.embargo.state", equalTo("SCHEDULED"));
            assertEquals(List.of(), new ArrayList<>(live.received()), "no live event before its time");
            // its time: published within a second
            clock.advance(Duration.ofSeconds(2));
            long until = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            while (!"PUBLISHED".equals(GraphQL.reader().send("query($id: ID!) { fact(id: $id) { status } }", "id", id).extract().path("data.fact.status"))
                    && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertEquals(Map.of("fact", "PUBLISHED", "search", "[" + id + "]", "list", "present", "changes", "present", "cached GET", "PUBLISHED",
                    "box", 200, "webhook events", 1), summary(readerSees(id, "tongawatch", "WS", since), id), "within a second of its time");
            io.vertx.core.json.JsonObject event = live.next().getJsonObject("payload").getJsonObject("data").getJsonObject("factChanged");
            assertEquals("PUBLISHED", event.getString("event"));
            assertEquals(id, event.getJsonObject("fact").getString("id"));
            GraphQL.editor().send(EMBARGO, "id", id).body("data.fact.embargo.state", equalTo("PUBLISHED"))
                    .body("data.fact.history.findAll { it.action == 'PUBLISHED' }.size()", equalTo(1))
                    .body("data.fact.history.find { it.action == 'PUBLISHED' }.by", equalTo("embargo"))
                    .body("data.fact.history.find { it.action == 'PUBLISHED' }.note", org.hamcrest.Matchers.containsString("as scheduled by carla"));
        } finally {
            live.close();
            GraphQL.chief().send("mutation($id: ID!) { deleteWebhook(id: $id) }", "id", webhook);
        }
    }

    /** The surfaces' answers in words: lists as present or absent. */
    private static Map<String, Object> summary(Map<String, Object> seen, String id) {
        Map<String, Object> out = new HashMap<>(seen);
        out.put("fact", String.valueOf(seen.get("fact")));
        out.put("cached GET", String.valueOf(seen.get("cached GET")));
        out.put("search", String.valueOf(seen.get("search")));
        for (String list : List.of("list", "changes")) {
            out.put(list, ((List<?>) seen.get(list)).contains(id) ? "present" : "absent");
        }
        return out;
    }

    @Test
    void twoInstancesPublishEachDueEmbargoOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        OffsetDateTime at = clock.now().plusMinutes(10);
        for (int i = 0; i < 8; i++) {
            String id = draft("TO", "NZ", "batch" + i);
            GraphQL.chief().send(SCHEDULE, "id", id, "v", 1, "at", at.plusSeconds(i % 2).toString()).body("errors", nullValue());
            ids.add(id);
        }
        // a second instance's worker beside this one's: both look every 100 ms and publish what they can lock
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger bySecond = new AtomicInteger();
        ExecutorService second = Executors.newSingleThreadExecutor();
        Future<?> worker = second.submit(() -> {
            while (running.get()) {
                try {
                    if (repository.anyDue(clock.now())) {
                        bySecond.addAndGet(service.publishDue());
                    }
                    Thread.sleep(100);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return null;
        });
        clock.advance(Duration.ofMinutes(11));
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < until && ids.stream().anyMatch(id -> !"PUBLISHED".equals(status(id)))) {
            Thread.sleep(50);
        }
        running.set(false);
        worker.get();
        second.shutdown();
        for (String id : ids) {
            GraphQL.editor().send(EMBARGO, "id", id).body("data.fact.status", equalTo("PUBLISHED"))
                    .body("data.fact.version", equalTo(2))
                    .body("data.fact.embargo.state", equalTo("PUBLISHED"))
                    .body("data.fact.history.findAll { it.action == 'PUBLISHED' }.size()", equalTo(1));
        }
        assertTrue(bySecond.get() <= ids.size(), "the second instance published " + bySecond.get());
    }

    private static String status(String id) {
        return GraphQL.editor().send("query($id: ID!) { fact(id: $id) { status } }", "id", id).extract().path("data.fact.status");
    }

    @Test
    void chiefsMoveAndCancelEmbargoesAndAChangedDraftIsNotPublished() throws Exception {
        String moved = draft("TO", "FJ", "moved");
        String cancelled = draft("TO", "FJ", "cancelled");
        String changed = draft("TO", "FJ", "changed");
        OffsetDateTime at = clock.now().plusHours(1);
        for (String id : List.of(moved, cancelled, changed)) {
            GraphQL.chief().send(SCHEDULE, "id", id, "v", 1, "at", at.toString()).body("errors", nullValue());
        }
        // moved an hour later; cancelled; edited by an editor after the chief scheduled it
        String movedTo = GraphQL.chief().send(SCHEDULE, "id", moved, "v", 1, "at", at.plusHours(1).toString()).body("errors", nullValue())
                .extract().path("data.publishFact.embargo.publishAt");
        assertEquals(at.plusHours(1).toInstant(), OffsetDateTime.parse(movedTo).toInstant());
        GraphQL.chief().send("mutation($id: ID!) { cancelEmbargo(id: $id) { status embargo { state outcome } } }", "id", cancelled)
                .body("errors", nullValue()).body("data.cancelEmbargo.status", equalTo("DRAFT"))
                .body("data.cancelEmbargo.embargo.state", equalTo("CANCELLED"));
        GraphQL.chief().send("mutation($id: ID!) { cancelEmbargo(id: $id) { status } }", "id", cancelled)
                .body("errors[0].extensions.code", equalTo("INVALID_STATE"));
        GraphQL.editor().send("mutation($id: ID!) { updateDeployment(id: $id, expectedVersion: 1, input: { notes: \"Changed after scheduling.\" }) { version } }",
                "id", changed).body("errors", nullValue());
        clock.advance(Duration.ofMinutes(61));
        Thread.sleep(500);
        GraphQL.editor().send(EMBARGO, "id", moved).body("data.fact.status", equalTo("DRAFT")).body("data.fact.embargo.state", equalTo("SCHEDULED"));
        GraphQL.editor().send(EMBARGO, "id", cancelled).body("data.fact.status", equalTo("DRAFT"));
        GraphQL.editor().send(EMBARGO, "id", changed).body("data.fact.status", equalTo("DRAFT"))
                .body("data.fact.embargo.state", equalTo("LAPSED"))
                .body("data.fact.embargo.outcome", org.hamcrest.Matchers.containsString("version"));
        // positive control: the moved one at its new time
        clock.advance(Duration.ofMinutes(60));
        for (int i = 0; i < 20 && !"PUBLISHED".equals(status(moved)); i++) {
            Thread.sleep(50);
        }
        assertEquals("PUBLISHED", status(moved));
        // a scheduled draft published now by a chief: its embargo is settled, not published again
        String early = draft("TO", "FJ", "early");
        GraphQL.chief().send(SCHEDULE, "id", early, "v", 1, "at", clock.now().plusHours(1).toString()).body("errors", nullValue());
        GraphQL.chief().send(SCHEDULE, "id", early, "v", 1, "at", null).body("errors", nullValue())
                .body("data.publishFact.status", equalTo("PUBLISHED")).body("data.publishFact.embargo.state", equalTo("PUBLISHED"));
    }

    @Test
    void badSchedulesAreRefusedAndWriteNothing() {
        String id = draft("TO", "FJ", "refused");
        GraphQL.chief().send(SCHEDULE, "id", id, "v", 1, "at", clock.now().minusMinutes(1).toString())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT")).body("errors[0].extensions.field", equalTo("at"));
        GraphQL.chief().send(SCHEDULE, "id", id, "v", 1, "at", clock.now().plusDays(400).toString())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT")).body("errors[0].extensions.field", equalTo("at"));
        GraphQL.chief().send(SCHEDULE, "id", id, "v", 7, "at", clock.now().plusHours(1).toString())
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        GraphQL.chief().send(SCHEDULE, "id", "999999", "v", 1, "at", clock.now().plusHours(1).toString())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        GraphQL.editor().send(EMBARGO, "id", id).body("data.fact.embargo", nullValue());
        GraphQL.reader().send("query($id: ID!) { fact(id: $id) { embargo { state } } }", "id", Corrections.published("TO", "FJ"))
                .body("errors", nullValue()).body("data.fact.embargo", nullValue());
        // positive control: a good one is stored
        GraphQL.chief().send(SCHEDULE, "id", id, "v", 1, "at", clock.now().plusHours(1).toString()).body("errors", nullValue());
        GraphQL.editor().send(EMBARGO, "id", id).body("data.fact.embargo.state", equalTo("SCHEDULED"));
        GraphQL.chief().send("mutation($id: ID!) { cancelEmbargo(id: $id) { status } }", "id", id).body("errors", nullValue());
        GraphQL.as(Tokens.chief("chris")).send(EMBARGO, "id", id).body("data.fact.embargo.state", equalTo("CANCELLED"));
    }
}
