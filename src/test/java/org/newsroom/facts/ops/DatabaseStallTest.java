package org.newsroom.facts.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import jakarta.inject.Inject;

/**
 * A database that stops answering (every PostgreSQL process SIGSTOPped) does not freeze the service: liveness and
 * cached reads answer at once, readiness turns DOWN within about two seconds and UP again when it answers; and
 * after every connection of the pool was cut (as by a database restart) no request fails.
 */
@QuarkusTest
class DatabaseStallTest {

    static final String CACHED = "/graphql?query=" + URLEncoder.encode("{ countries(first: 2) { nodes { code } } }", StandardCharsets.UTF_8);

    @Inject
    DataSource dataSource;

    @Test
    void aStalledDatabaseDoesNotFreezeTheService() throws Exception {
        List<Long> pids = postgresProcesses();
        given().when().get(CACHED).then().statusCode(200); // now cached
        given().when().get("/q/health/ready").then().statusCode(200);
        signal("STOP", pids);
        List<CompletableFuture<Integer>> stalled = new ArrayList<>();
        try {
            // ten reads that need the database, with a short client timeout: they may time out
            for (int i = 0; i < 10; i++) {
                String q = "{ deployments(first: " + (i + 1) + ") { nodes { id } } }";
                stalled.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                                .setParam("http.socket.timeout", 3000))).contentType("application/json")
                                .body(java.util.Map.of("query", q)).when().post("/graphql").then().extract().statusCode();
                    } catch (RuntimeException e) {
                        return -1;
                    }
                }));
            }
            Thread.sleep(300);
            given().when().get("/q/health/live").then().statusCode(200).time(lessThan(1_000L));
            given().when().get(CACHED).then().statusCode(200).time(lessThan(1_000L));
            long start = System.nanoTime();
            int status = 200;
            while (status == 200 && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(6)) {
                Thread.sleep(200);
                status = given().when().get("/q/health/ready").then().time(lessThan(1_000L)).extract().statusCode();
            }
            assertEquals(503, status, "readiness is DOWN while the database does not answer");
            assertTrue(System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(3_500), "within about two seconds");
            given().when().get("/q/health/live").then().statusCode(200).time(lessThan(1_000L));
        } finally {
            signal("CONT", pids);
        }
        for (CompletableFuture<Integer> f : stalled) {
            f.get(30, TimeUnit.SECONDS);
        }
        long start = System.nanoTime();
        int status = 503;
        while (status != 200 && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10)) {
            Thread.sleep(200);
            status = given().when().get("/q/health/ready").then().extract().statusCode();
        }
        assertEquals(200, status, "ready again once the database answers");
        GraphQL.reader().send("{ deployments(first: 3) { nodes { id } } }").body("errors", nullValue());
    }

    @Test
    void noRequestFailsAfterThePoolsConnectionsWereCut() throws Exception {
        for (int i = 0; i < 20; i++) { // fill the pool with idle connections
            GraphQL.reader().send("{ deployments(first: " + (i % 5 + 1) + ") { nodes { id } } }").body("errors", nullValue());
        }
        int cut;
        // from a connection of its own: one borrowed from the pool would be the idle connection the next request takes,
        // and the only one left uncut
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        try (Connection c = java.sql.DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity where pid <> pg_backend_pid() "
                        + "and datname = current_database() and backend_type = 'client backend' and application_name not like 'newsroom-facts readiness%'")) {
            rs.next();
            cut = rs.getInt(1);

        }
        assertTrue(cut > 0, "connections were cut");
        for (int i = 0; i < 30; i++) {
            // the pool checks only connections idle for a while: a planned read that meets a cut one runs again on
            // another, and stays planned (it does not need graphql-java's second try)
            GraphQL.reader().send("{ deployments(first: " + (i % 7 + 1) + ") { totalCount nodes { id } } }")
                    .body("errors", nullValue())
                    .body("data.deployments.totalCount", org.hamcrest.Matchers.greaterThan(0))
                    .header("X-Newsroom-Execution", "planned");
        }
    }

    /** The embedded server's postmaster and its children; skipped when the database is not a local embedded one. */
    private List<Long> postgresProcesses() throws Exception {
        String dataDir;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select setting from pg_settings where name = 'data_directory'")) {
            rs.next();
            dataDir = rs.getString(1);
        }
        Path pidFile = Path.of(dataDir, "postmaster.pid");
        Assumptions.assumeTrue(Files.isReadable(pidFile), "the database runs on this machine");
        long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        List<Long> pids = new ArrayList<>();
        pids.add(postmaster);
        ProcessHandle.of(postmaster).ifPresent(p -> p.children().forEach(child -> pids.add(child.pid())));
        assertTrue(pids.size() > 1);
        return pids;
    }

    private static void signal(String signal, List<Long> pids) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(p -> command.add(String.valueOf(p)));
        assertEquals(0, new ProcessBuilder(command).inheritIO().start().waitFor());
    }
}
