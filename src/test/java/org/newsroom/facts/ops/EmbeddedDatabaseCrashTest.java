package org.newsroom.facts.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.shared.EmbeddedPostgresConfigSource;
import org.newsroom.facts.shared.EmbeddedPostgresServer;
import org.newsroom.facts.support.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * The embedded PostgreSQL keeps what it acknowledged: it is durable (synchronous_commit and fsync on, not zonky's
 * defaults), every write whose answer said it happened is there after a kill -9 of the postmaster in the middle of
 * concurrent writes, and the service starts the server again by itself and becomes ready again.
 */
@QuarkusTest
class EmbeddedDatabaseCrashTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theEmbeddedServerCommitsDurably() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertEquals("on", show(s, "synchronous_commit"));
            assertEquals("on", show(s, "fsync"));
        }
    }

    @Test
    void acknowledgedWritesSurviveAKillOfThePostmasterAndTheServiceRecovers() throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresConfigSource.running();
        long postmaster = server.postmasterPid();
        String token = Tokens.editor("erin");
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            writers.add(Thread.ofPlatform().start(() -> {
                while (writing.get()) {
                    String name = "Crash source " + sent.incrementAndGet();
                    Response answer = given().contentType(ContentType.JSON).accept(ContentType.JSON)
                            .header("Authorization", "Bearer " + token)
                            .body(Map.of("query", "mutation($n: String!) { createSource(input: { name: $n, kind: NEWS_OUTLET }) { id } }",
                                    "variables", Map.of("n", name)))
                            .post("/graphql");
                    String id = answer.statusCode() == 200 ? answer.path("data.createSource.id") : null;
                    if (id != null) {
                        acknowledged.add(Long.parseLong(id));
                    }
                }
            }));
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (acknowledged.size() < 150 && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        ProcessHandle.of(postmaster).orElseThrow().destroyForcibly(); // kill -9, writes in flight
        Thread.sleep(1_000);
        writing.set(false);
        for (Thread writer : writers) {
            writer.join(30_000);
        }
        assertTrue(acknowledged.size() >= 150, "writes were acknowledged before the kill: " + acknowledged.size());

        // the service starts its server again and is ready again
        long ready = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (given().get("/q/health/ready").statusCode() != 200) {
            assertTrue(System.nanoTime() < ready, "ready again within 60 s");
            Thread.sleep(200);
        }
        assertNotEquals(postmaster, server.postmasterPid(), "a new postmaster runs");
        assertFalse(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false));

        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select count(*) from source where id = any(?)")) {
            q.setArray(1, c.createArrayOf("bigint", acknowledged.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertEquals(acknowledged.size(), rs.getInt(1), "every acknowledged write is there (" + sent.get() + " sent)");
            }
        }
        given().contentType(ContentType.JSON).body(Map.of("query", "{ sources(first: 1) { totalCount } }")).post("/graphql")
                .then().statusCode(200);
    }

    private static String show(Statement s, String setting) throws Exception {
        try (ResultSet rs = s.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
