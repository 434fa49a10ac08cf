package org.newsroom.facts.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.newsroom.facts.delivery.PersistedQueryService;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;
import org.newsroom.facts.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

/**
 * The limits that need small settings to be seen: the response byte cap, the persisted-query bounds (document
 * size, registrations per client, memory in bytes), trusted-documents mode, the request deadline and PostgreSQL's
 * statement timeout.
 */
@QuarkusTest
@TestProfile(TightLimitsTest.Tight.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TightLimitsTest {

    /** Small limits, trusted documents only. */
    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("newsroom.delivery.max-response-bytes", "3000"),
                    Map.entry("newsroom.delivery.trusted-documents-only", "true"),
                    Map.entry("newsroom.delivery.persisted-queries.max-document-bytes", "2000"),
                    Map.entry("newsroom.delivery.persisted-queries.registrations-per-minute", "6"),
                    Map.entry("newsroom.delivery.persisted-queries.cached-bytes", "3000"),
                    Map.entry("newsroom.delivery.request-timeout", "1s"),
                    Map.entry("newsroom.delivery.max-concurrent-operations", "1"),
                    Map.entry("newsroom.delivery.max-queued-operations", "1"),
                    Map.entry("quarkus.datasource.jdbc.additional-jdbc-properties.options", "-c statement_timeout=2500"));
        }
    }

    @Inject
    SessionFactory sessionFactory;

    @Inject
    DataSource dataSource;

    private static ValidatableResponse persisted(String token, String query, boolean withDocument) {
        String hash = PersistedQueryService.sha256(query);
        Map<String, Object> body = withDocument
                ? Map.of("query", query, "extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)))
                : Map.of("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.when().post("/graphql").then();
    }

    @Test
    void answersOverTheByteCapAreRefused() {
        GraphQL.editor().send("{ countries(first: 100) { nodes { code name } } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("RESPONSE_TOO_LARGE"));
        GraphQL.editor().send("{ countries(first: 3) { nodes { code } } }").body("errors", nullValue());
    }

    @Test
    void readersRunOnlyRegisteredDocuments() {
        String query = "{ countries(first: 2) { nodes { code } } }";
        given().contentType(ContentType.JSON).body(Map.of("query", query)).when().post("/graphql").then().statusCode(403)
                .body("errors[0].extensions.code", equalTo("TRUSTED_DOCUMENT_REQUIRED"));
        // a reader cannot register; hash alone: not found
        persisted(null, query, true).statusCode(403).body("errors[0].extensions.code", equalTo("TRUSTED_DOCUMENT_REQUIRED"));
        persisted(null, query, false).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        // an editor registers it; then readers run it by its hash, and with the document too
        persisted(Tokens.editor("erin"), query, true).statusCode(200).body("errors", nullValue());
        persisted(null, query, false).statusCode(200).body("data.countries.nodes.size()", equalTo(2));
        persisted(null, query, true).statusCode(200).body("errors", nullValue());
        // editors still run anything
        GraphQL.editor().send("{ countries(first: 1) { nodes { code } } }").body("errors", nullValue());
    }

    /** Last: it uses up this address's registrations for the minute. */
    @Test
    @Order(Integer.MAX_VALUE)
    void persistedDocumentsAreBoundedInSizeAndRate() {
        String editor = Tokens.chief("rate-limited-chief");
        persisted(editor, "{ countries(first: 1) { nodes { code " + "name ".repeat(500) + "} } }", true).statusCode(413)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_TOO_LARGE"));
        // 6 a minute from one address (all tests come from localhost): earlier registrations count too
        int admitted = 0;
        for (int i = 0; i < 8; i++) {
            int status = persisted(editor, "{ countries(first: 1) { nodes { code n" + i + ": name } } }", true).extract().statusCode();
            if (status == 200) {
                admitted++;
            } else {
                assertEquals(429, status);
            }
        }
        assertTrue(admitted >= 1 && admitted <= 6, "admitted " + admitted);
        persisted(editor, "{ countries(first: 1) { nodes { code x: name } } }", true).statusCode(429)
                .header("Retry-After", "60").body("errors[0].extensions.code", equalTo("RATE_LIMITED"));
    }

    @Test
    void theDeadlineAnswersTimeoutAndTheStatementTimeoutEndsTheWait() throws Exception {
        String id = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment("KP", "RU"))
                .extract().path("data.createDeployment.id");
        try (Connection lock = dataSource.getConnection(); Statement s = lock.createStatement()) {
            lock.setAutoCommit(false);
            s.execute("select * from fact where id = " + id + " for update");
            long start = System.nanoTime();
            given().contentType(ContentType.JSON).header("Authorization", "Bearer " + Tokens.chief("carla"))
                    .body(Map.of("query", "mutation { publishFact(id: \"" + id + "\", expectedVersion: 1) { status } }"))
                    .when().post("/graphql").then().statusCode(503)
                    .body("errors[0].extensions.code", equalTo("TIMEOUT"))
                    .time(lessThan(2_400L));
            // the statement timeout (2.5 s here, 5 s by default) ends the server's wait for the lock
            long waiting = 1;
            for (int i = 0; i < 80 && waiting > 0; i++) {
                Thread.sleep(100);
                try (var rs = s.executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock'")) {
                    rs.next();
                    waiting = rs.getLong(1);
                }
            }
            String timeout;
            try (var rs = s.executeQuery("show statement_timeout")) {
                rs.next();
                timeout = rs.getString(1);
            }
            assertEquals(0, waiting, "the waiting statement was cancelled (statement_timeout " + timeout + ")");
            assertTrue(System.nanoTime() - start < 9_000_000_000L);
            lock.rollback();
        }
        // the failed mutation wrote nothing; the fact is still a draft, and publishing it works
        GraphQL.editor().send("{ fact(id: \"" + id + "\") { status version } }").body("data.fact.status", equalTo("DRAFT"));
        GraphQL.chief().send("mutation { publishFact(id: \"" + id + "\", expectedVersion: 1) { status } }")
                .body("data.publishFact.status", equalTo("PUBLISHED"));
    }

    /** One operation runs at a time here and one may wait: a third is OVERLOADED at once; the others time out. */
    @Test
    void operationsBeyondTheQueueAreOverloaded() throws Exception {
        String id = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment("KP", "RU"))
                .extract().path("data.createDeployment.id");
        String publish = "mutation { publishFact(id: \"" + id + "\", expectedVersion: 1) { status } }";
        String chief = Tokens.chief("carla");
        try (Connection lock = dataSource.getConnection(); Statement s = lock.createStatement()) {
            lock.setAutoCommit(false);
            s.execute("select * from fact where id = " + id + " for update");
            java.util.List<java.util.concurrent.CompletableFuture<io.restassured.response.Response>> calls = new java.util.ArrayList<>();
            java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(2);
            for (int i = 0; i < 2; i++) {
                calls.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                        .header("Authorization", "Bearer " + chief).body(Map.of("query", publish)).when().post("/graphql"), clients));
                Thread.sleep(350);
            }
            given().contentType(ContentType.JSON).body(Map.of("query", "{ deployments(first: 1) { nodes { id } } }"))
                    .header("Authorization", "Bearer " + chief)
                    .when().post("/graphql").then().statusCode(503)
                    .body("errors[0].extensions.code", equalTo("OVERLOADED")).header("Retry-After", "1").time(lessThan(500L));
            for (var call : calls) {
                io.restassured.response.Response r = call.get(10, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(503, r.statusCode());
                assertEquals("TIMEOUT", r.path("errors[0].extensions.code"));
            }
            clients.shutdown();
            lock.rollback();
        }
        Thread.sleep(3000); // the blocked operation ends with the statement timeout
        GraphQL.editor().send("{ deployments(first: 1) { nodes { id } } }").body("errors", nullValue());
    }

    @Test
    void persistedDocumentsInMemoryAreBoundedInBytes() throws Exception {
        String editor = Tokens.editor("memory-bound");
        String a = "{ countries(first: 1) { nodes { code a: name " + "b: name ".repeat(80) + "} } }";
        persisted(editor, a, true).statusCode(200);
        // positive control: right after its registration, its hash is answered from memory, without SQL
        sessionFactory.getStatistics().clear();
        persisted(null, a, false).statusCode(200);
        assertEquals(0, sessionFactory.getStatistics().getPrepareStatementCount());
        // another document of that size: the two do not fit into the 3,000 bytes kept in memory, so one of them
        // (Caffeine picks which) is read from PostgreSQL when asked for
        String b = a.replace("a: name", "c: name");
        persisted(editor, b, true).statusCode(200);
        long statements = 0;
        for (int i = 0; i < 20 && statements == 0; i++) {
            Thread.sleep(100);
            sessionFactory.getStatistics().clear();
            persisted(null, a, false).statusCode(200).body("errors", nullValue());
            persisted(null, b, false).statusCode(200).body("errors", nullValue());
            statements = sessionFactory.getStatistics().getPrepareStatementCount();
        }
        assertTrue(statements > 0, "one of the two documents was read from PostgreSQL again");
    }
}
