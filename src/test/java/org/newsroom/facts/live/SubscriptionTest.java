package org.newsroom.facts.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.Corrections;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;

/**
 * The live feed over graphql-transport-ws: a subscriber gets the facts of its countries as they are published,
 * corrected and retracted — also when another writer (here: straight SQL, as another instance would) commits.
 */
@QuarkusTest
class SubscriptionTest {

    @TestHTTPResource("/graphql")
    URI endpoint;
    @Inject
    Vertx vertx;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void subscribersGetPublishedCorrectedAndRetractedFactsOfTheirCountries() throws Exception {
        BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
        WebSocket socket = connect(received);
        socket.writeTextMessage(new JsonObject().put("id", "1").put("type", "subscribe").put("payload", new JsonObject()
                .put("query", "subscription { factChanged(filter: { countries: [\"wsm\"] }) { event fact { id status version "
                        + "summary attribution ... on Deployment { origin { code } } } } }"))
                .encode());
        Thread.sleep(500); // the subscription is in place once the server has read the message

        // a fact of another country is not sent; a draft is not sent
        String elsewhere = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment("VU", "KI"))
                .extract().path("data.createDeployment.id");
        GraphQL.chief().send("mutation($id: ID!) { publishFact(id: $id, expectedVersion: 1) { status } }", "id", elsewhere);
        String id = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment("WS", "KI"))
                .extract().path("data.createDeployment.id");

        GraphQL.chief().send("mutation($id: ID!) { publishFact(id: $id, expectedVersion: 1) { status } }", "id", id)
                .extract().path("data.publishFact.status");
        JsonObject published = next(received);
        assertEquals("PUBLISHED", published.getString("event"));
        assertEquals(id, published.getJsonObject("fact").getString("id"));
        assertEquals("WS", published.getJsonObject("fact").getJsonObject("origin").getString("code"));
        assertEquals("according to The Wall Street Journal", published.getJsonObject("fact").getString("attribution"));

        // another writer commits straight to PostgreSQL: the event comes through LISTEN/NOTIFY
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("update fact set version = version + 1 where id = ?")) {
            update.setLong(1, Long.parseLong(id));
            update.executeUpdate();
        }
        JsonObject corrected = next(received);
        assertEquals("CORRECTED", corrected.getString("event"));
        assertEquals(3, corrected.getJsonObject("fact").getInteger("version"));

        GraphQL.chief().send("mutation($id: ID!) { retractFact(id: $id, expectedVersion: 3, reason: \"Not confirmed.\") { status } }", "id", id)
                .extract().path("data.retractFact.status");
        JsonObject retracted = next(received);
        assertEquals("RETRACTED", retracted.getString("event"));
        assertEquals("RETRACTED", retracted.getJsonObject("fact").getString("status"));
        assertNull(received.poll(1, TimeUnit.SECONDS), "nothing about other countries");
        socket.close();
    }

    @Test
    void subscribersOfACountryGetTheClaimsAndEventsAboutIt() throws Exception {
        BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
        WebSocket socket = connect(received);
        socket.writeTextMessage(new JsonObject().put("id", "1").put("type", "subscribe").put("payload", new JsonObject()
                .put("query", "subscription { factChanged(filter: { countries: [\"TO\"] }) { event fact { __typename id summary } } }"))
                .encode());
        Thread.sleep(500);
        String source = Inputs.sourceId("The Kremlin");
        String claim = GraphQL.editor().send("mutation($in: ClaimInput!) { createClaim(input: $in) { id } }", "in", java.util.Map.of(
                "claimantId", source, "statement", "the islands are neutral", "countries", java.util.List.of("TO"),
                "citations", java.util.List.of(java.util.Map.of("sourceId", source)))).extract().path("data.createClaim.id");
        String event = GraphQL.editor().send("mutation($in: EventInput!) { createEvent(input: $in) { id } }", "in", java.util.Map.of(
                "kind", "AGREEMENT", "title", "Pacific fisheries agreement", "countries", java.util.List.of("FJ", "TO"),
                "period", java.util.Map.of("start", "2025-02-01", "precision", "MONTH"),
                "citations", java.util.List.of(java.util.Map.of("sourceId", source)))).extract().path("data.createEvent.id");
        GraphQL.chief().send("mutation($id: ID!) { publishFact(id: $id, expectedVersion: 1) { status } }", "id", claim);
        GraphQL.chief().send("mutation($id: ID!) { publishFact(id: $id, expectedVersion: 1) { status } }", "id", event);
        JsonObject first = next(received);
        JsonObject second = next(received);
        assertEquals("Claim", first.getJsonObject("fact").getString("__typename"));
        assertEquals(claim, first.getJsonObject("fact").getString("id"));
        assertEquals("Event", second.getJsonObject("fact").getString("__typename"));
        assertEquals("Pacific fisheries agreement (February 2025).", second.getJsonObject("fact").getString("summary"));
        socket.close();
    }

    @Test
    void aRenamedSourceIsAnnouncedOnTheFactsThatPrintIt() throws Exception {
        BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
        WebSocket socket = connect(received);
        socket.writeTextMessage(new JsonObject().put("id", "1").put("type", "subscribe").put("payload", new JsonObject()
                .put("query", "subscription { factChanged(filter: { countries: [\"NR\"] }) { event fact { id version attribution } } }"))
                .encode());
        Thread.sleep(500);
        String source = GraphQL.editor().send("mutation { createSource(input: { name: \"Nauru Bulletin\", kind: NEWS_OUTLET }) { id } }")
                .extract().path("data.createSource.id");
        java.util.Map<String, Object> input = Inputs.deployment("NR", "KI");
        input.put("citations", java.util.List.of(java.util.Map.of("sourceId", source)));
        String id = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", input).extract().path("data.createDeployment.id");
        GraphQL.chief().send("mutation($id: ID!) { publishFact(id: $id, expectedVersion: 1) { status } }", "id", id);
        assertEquals("PUBLISHED", next(received).getString("event"));
        GraphQL.editor().send("mutation($id: ID!) { updateSource(id: $id, expectedVersion: 1, input: { name: \"Pacific Bulletin\", kind: NEWS_OUTLET }) { name } }",
                "id", source);
        JsonObject renamed = next(received);
        assertEquals("CORRECTED", renamed.getString("event"));
        assertEquals(id, renamed.getJsonObject("fact").getString("id"));
        assertEquals("according to Pacific Bulletin", renamed.getJsonObject("fact").getString("attribution"));
        socket.close();
    }

    /**
     * The desk's review queue: a chief whose token comes in connection_init (browsers cannot set WebSocket headers)
     * hears corrections proposed and reviewed; a reader may not ask for them, and a subscription without an events
     * filter gets only the public events (its first event is the approval's CORRECTED, not the proposal).
     */
    @Test
    void chiefsHearTheReviewQueueReadersOnlyPublicEvents() throws Exception {
        String fact = Corrections.published("TV");
        BlockingQueue<JsonObject> desk = new LinkedBlockingQueue<>();
        WebSocket chief = connect(desk, org.newsroom.facts.support.Tokens.chief("carla"));
        chief.writeTextMessage(new JsonObject().put("id", "1").put("type", "subscribe").put("payload", new JsonObject()
                .put("query", "subscription { factChanged(filter: { events: [CORRECTION_PROPOSED, CORRECTION_REVIEWED] }) { event fact { id } } }"))
                .encode());
        BlockingQueue<JsonObject> public_ = new LinkedBlockingQueue<>();
        WebSocket reader = connect(public_);
        reader.writeTextMessage(new JsonObject().put("id", "1").put("type", "subscribe").put("payload", new JsonObject()
                .put("query", "subscription { factChanged(filter: { countries: [\"TV\"] }) { event fact { id } } }")).encode());
        Thread.sleep(500);

        String correction = Corrections.submit(GraphQL.editor(),
                Corrections.correction(fact, java.util.Map.of("reportedOn", "2024-08-30")));
        JsonObject proposed = next(desk);
        assertEquals("CORRECTION_PROPOSED", proposed.getString("event"));
        assertEquals(fact, proposed.getJsonObject("fact").getString("id"));
        GraphQL.as(org.newsroom.facts.support.Tokens.chief("chris")).send(Corrections.REVIEW,
                "id", correction, "d", "APPROVE");
        JsonObject reviewed = next(desk);
        assertEquals("CORRECTION_REVIEWED", reviewed.getString("event"));
        assertEquals(fact, reviewed.getJsonObject("fact").getString("id"));
        assertEquals("CORRECTED", next(public_).getString("event"));

        BlockingQueue<JsonObject> refused = new LinkedBlockingQueue<>();
        WebSocket anonymous = connect(refused);
        anonymous.writeTextMessage(new JsonObject().put("id", "1").put("type", "subscribe").put("payload", new JsonObject()
                .put("query", "subscription { factChanged(filter: { events: [CORRECTION_PROPOSED] }) { event } }")).encode());
        JsonObject error = firstError(refused);
        assertEquals("FORBIDDEN", error.getJsonObject("extensions").getString("code"));
        assertEquals("filter.events", error.getJsonObject("extensions").getString("field"));
        chief.close();
        reader.close();
        anonymous.close();
    }

    @Test
    void aBadFilterIsRefusedWithItsPath() throws Exception {
        BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
        WebSocket socket = connect(received);
        socket.writeTextMessage(new JsonObject().put("id", "1").put("type", "subscribe").put("payload", new JsonObject()
                .put("query", "subscription { factChanged(filter: { countries: [\"XX\"] }) { event } }")).encode());
        JsonObject error = firstError(received);
        assertEquals("BAD_USER_INPUT", error.getJsonObject("extensions").getString("code"));
        assertEquals("filter.countries[0]", error.getJsonObject("extensions").getString("field"));
        socket.close();
    }

    /** The first error of the next message (an "error" message, or a "next" one with errors). */
    private static JsonObject firstError(BlockingQueue<JsonObject> received) throws InterruptedException {
        JsonObject answer = received.poll(10, TimeUnit.SECONDS);
        assertNotNull(answer);
        return "error".equals(answer.getString("type")) ? answer.getJsonArray("payload").getJsonObject(0)
                : answer.getJsonObject("payload").getJsonArray("errors").getJsonObject(0);
    }

    private WebSocket connect(BlockingQueue<JsonObject> received) throws Exception {
        return connect(received, null);
    }

    /**
     * A graphql-transport-ws connection, initialised (with the token in the payload, as browsers send it) and
     * acknowledged; messages other than ping/pong go to the queue.
     */
    private WebSocket connect(BlockingQueue<JsonObject> received, String token) throws Exception {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(endpoint.getHost()).setPort(endpoint.getPort())
                .setURI("/graphql").addSubProtocol("graphql-transport-ws");
        WebSocket socket = vertx.createWebSocketClient().connect(options).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        socket.textMessageHandler(text -> {
            JsonObject message = new JsonObject(text);
            if ("ping".equals(message.getString("type"))) {
                socket.writeTextMessage(new JsonObject().put("type", "pong").encode());
            } else if (!"pong".equals(message.getString("type"))) {
                received.add(message);
            }
        });
        JsonObject init = new JsonObject().put("type", "connection_init");
        if (token != null) {
            init.put("payload", new JsonObject().put("Authorization", "Bearer " + token));
        }
        socket.writeTextMessage(init.encode());
        assertEquals("connection_ack", received.poll(10, TimeUnit.SECONDS).getString("type"));
        return socket;
    }

    /** The payload of the next "next" message. */
    private static JsonObject next(BlockingQueue<JsonObject> received) throws InterruptedException {
        JsonObject message = received.poll(10, TimeUnit.SECONDS);
        assertNotNull(message, "an event within 10 s");
        assertEquals("next", message.getString("type"), message.encode());
        return message.getJsonObject("payload").getJsonObject("data").getJsonObject("factChanged");
    }
}
