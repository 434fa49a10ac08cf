package org.newsroom.facts.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.Corrections;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;
import org.newsroom.facts.support.LiveSockets;
import org.newsroom.facts.support.LiveSockets.Live;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
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
    LiveSockets sockets;

    @org.junit.jupiter.api.BeforeEach
    void sockets() {
        sockets = new LiveSockets(vertx, endpoint);
    }
    @Inject
    AgroalDataSource dataSource;

    @Test
    void subscribersGetPublishedCorrectedAndRetractedFactsOfTheirCountries() throws Exception {
        Live socket = sockets.connect();
        socket.subscribe("1", "subscription { factChanged(filter: { countries: [\"wsm\"] }) { event fact { id status version "
                        + "summary attribution ... on Deployment { origin { code } } } } }");
        Thread.sleep(500); // the subscription is in place once the server has read the message

        // a fact of another country is not sent; a draft is not sent
        String elsewhere = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment("VU", "KI"))
                .extract().path("data.createDeployment.id");
        GraphQL.chief().send("mutation($id: ID!) { publishFact(id: $id, expectedVersion: 1) { status } }", "id", elsewhere);
        String id = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment("WS", "KI"))
                .extract().path("data.createDeployment.id");

        GraphQL.chief().send("mutation($id: ID!) { publishFact(id: $id, expectedVersion: 1) { status } }", "id", id)
                .extract().path("data.publishFact.status");
        JsonObject published = next(socket);
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
        JsonObject corrected = next(socket);
        assertEquals("CORRECTED", corrected.getString("event"));
        assertEquals(3, corrected.getJsonObject("fact").getInteger("version"));

        GraphQL.chief().send("mutation($id: ID!) { retractFact(id: $id, expectedVersion: 3, reason: \"Not confirmed.\") { status } }", "id", id)
                .extract().path("data.retractFact.status");
        JsonObject retracted = next(socket);
        assertEquals("RETRACTED", retracted.getString("event"));
        assertEquals("RETRACTED", retracted.getJsonObject("fact").getString("status"));
        assertNull(socket.received().poll(1, TimeUnit.SECONDS), "nothing about other countries");
        socket.close();
    }

    @Test
    void subscribersOfACountryGetTheClaimsAndEventsAboutIt() throws Exception {
        Live socket = sockets.connect();
        socket.subscribe("1", "subscription { factChanged(filter: { countries: [\"TO\"] }) { event fact { __typename id summary } } }");
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
        JsonObject first = next(socket);
        JsonObject second = next(socket);
        assertEquals("Claim", first.getJsonObject("fact").getString("__typename"));
        assertEquals(claim, first.getJsonObject("fact").getString("id"));
        assertEquals("Event", second.getJsonObject("fact").getString("__typename"));
        assertEquals("Pacific fisheries agreement (February 2025).", second.getJsonObject("fact").getString("summary"));
        socket.close();
    }

    @Test
    void aRenamedSourceIsAnnouncedOnTheFactsThatPrintIt() throws Exception {
        Live socket = sockets.connect();
        socket.subscribe("1", "subscription { factChanged(filter: { countries: [\"NR\"] }) { event fact { id version attribution } } }");
        Thread.sleep(500);
        String source = GraphQL.editor().send("mutation { createSource(input: { name: \"Nauru Bulletin\", kind: NEWS_OUTLET }) { id } }")
                .extract().path("data.createSource.id");
        java.util.Map<String, Object> input = Inputs.deployment("NR", "KI");
        input.put("citations", java.util.List.of(java.util.Map.of("sourceId", source)));
        String id = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", input).extract().path("data.createDeployment.id");
        GraphQL.chief().send("mutation($id: ID!) { publishFact(id: $id, expectedVersion: 1) { status } }", "id", id);
        assertEquals("PUBLISHED", next(socket).getString("event"));
        GraphQL.editor().send("mutation($id: ID!) { updateSource(id: $id, expectedVersion: 1, input: { name: \"Pacific Bulletin\", kind: NEWS_OUTLET }) { name } }",
                "id", source);
        JsonObject renamed = next(socket);
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
        Live chief = sockets.connect(org.newsroom.facts.support.Tokens.chief("carla"));
        chief.subscribe("1", "subscription { factChanged(filter: { events: [CORRECTION_PROPOSED, CORRECTION_REVIEWED] }) { event fact { id } } }");
        Live reader = sockets.connect();
        reader.subscribe("1", "subscription { factChanged(filter: { countries: [\"TV\"] }) { event fact { id } } }");
        Thread.sleep(500);

        String correction = Corrections.submit(GraphQL.editor(),
                Corrections.correction(fact, java.util.Map.of("reportedOn", "2024-08-30")));
        JsonObject proposed = next(chief);
        assertEquals("CORRECTION_PROPOSED", proposed.getString("event"));
        assertEquals(fact, proposed.getJsonObject("fact").getString("id"));
        GraphQL.as(org.newsroom.facts.support.Tokens.chief("chris")).send(Corrections.REVIEW,
                "id", correction, "d", "APPROVE");
        JsonObject reviewed = next(chief);
        assertEquals("CORRECTION_REVIEWED", reviewed.getString("event"));
        assertEquals(fact, reviewed.getJsonObject("fact").getString("id"));
        assertEquals("CORRECTED", next(reader).getString("event"));

        Live anonymous = sockets.connect();
        anonymous.subscribe("1", "subscription { factChanged(filter: { events: [CORRECTION_PROPOSED] }) { event } }");
        JsonObject error = LiveSockets.firstError(anonymous.next());
        assertEquals("FORBIDDEN", error.getJsonObject("extensions").getString("code"));
        assertEquals("filter.events", error.getJsonObject("extensions").getString("field"));
        chief.close();
        reader.close();
        anonymous.close();
    }

    @Test
    void aBadFilterIsRefusedWithItsPath() throws Exception {
        Live socket = sockets.connect();
        socket.subscribe("1", "subscription { factChanged(filter: { countries: [\"XX\"] }) { event } }");
        JsonObject error = LiveSockets.firstError(socket.next());
        assertEquals("BAD_USER_INPUT", error.getJsonObject("extensions").getString("code"));
        assertEquals("filter.countries[0]", error.getJsonObject("extensions").getString("field"));
        socket.close();
    }

    /** The payload of the next "next" message. */
    private static JsonObject next(Live live) throws InterruptedException {
        JsonObject message = live.next();
        assertEquals("next", message.getString("type"), message.encode());
        return message.getJsonObject("payload").getJsonObject("data").getJsonObject("factChanged");
    }
}
