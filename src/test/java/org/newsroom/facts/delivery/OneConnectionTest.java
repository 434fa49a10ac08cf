package org.newsroom.facts.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

/**
 * A reader's planned query borrows one pooled connection for all its statements (the pool checks each connection it
 * hands out, a round trip each); the same query run by graphql-java borrows one per statement — the control that the
 * count sees borrowings at all. And the statements of a plan's level (the three lists of a country page) reach the
 * database in one round trip (ReadDatabase.together).
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(OneConnectionTest.NoBackgroundWork.class)
class OneConnectionTest {

    /**
     * The instance's background workers off: they borrow connections every 100 ms in tests, and a request that a
     * borrowing overlaps counts it too (in a JVM that has just started, a request is slow enough to overlap nearly
     * every time).
     */
    public static class NoBackgroundWork implements io.quarkus.test.junit.QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsroom.webhooks.worker.enabled", "false", "newsroom.embargo.worker.enabled", "false");
        }
    }

    /** A country page: three lists, their citations and their sources, several statements. */
    private static final String PAGE = """
            { country(code: "RU") { code
                deploymentsFrom(first: 5) { nodes { id headcount { value } citations { source { name } via { name } } } }
                deploymentsTo(first: 5) { nodes { id headcount { value } citations { source { name } via { name } } } }
                statistics(first: 5) { nodes { id value { value } citations { source { name } via { name } } } } } }
            """;

    @Inject
    AgroalDataSource dataSource;

    /** The fewest connections one request borrowed in three tries (the pool's own upkeep may borrow now and then). */
    private long borrowings(String execution) {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = dataSource.getMetrics().acquireCount();
            var request = given().contentType(ContentType.JSON).accept(ContentType.JSON).body(Map.of("query", PAGE));
            if (execution != null) {
                request.header(OperationRunner.EXECUTION_HEADER, execution);
            }
            ValidatableResponse response = request.post("/graphql").then().statusCode(200).body("errors", nullValue())
                    .body("data.country.statistics.nodes", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()));
            assertEquals(execution == null ? "planned" : execution, response.extract().header(OperationRunner.EXECUTION_HEADER));
            fewest = Math.min(fewest, dataSource.getMetrics().acquireCount() - before);
        }
        return fewest;
    }

    @Inject
    io.micrometer.core.instrument.MeterRegistry meters;

    /** The fewest round trips of readers' statements one request made in three tries. */
    private long roundTrips(String execution) {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            double before = meters.counter("newsroom.read.round.trips").count();
            var request = given().contentType(ContentType.JSON).accept(ContentType.JSON).body(Map.of("query", PAGE));
            if (execution != null) {
                request.header(OperationRunner.EXECUTION_HEADER, execution);
            }
            request.post("/graphql").then().statusCode(200).body("errors", nullValue())
                    .body("data.country.deploymentsTo.nodes", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()));
            fewest = Math.min(fewest, (long) (meters.counter("newsroom.read.round.trips").count() - before));
        }
        return fewest;
    }

    @Test
    void aPlannedLevelSendsItsStatementsInOneRoundTrip() {
        // graphql-java: the country, each of the three lists, their citations — one round trip each
        assertEquals(5, roundTrips("graphql-java"), "round trips of the control");
        // planned: the country, the three lists together, their citations
        assertEquals(3, roundTrips(null), "round trips of a planned request");
    }

    @Test
    void aPlannedReadBorrowsOneConnection() {
        long byGraphqlJava = borrowings("graphql-java");
        assertTrue(byGraphqlJava >= 4, "graphql-java borrows per statement, else this test proves nothing: " + byGraphqlJava);
        assertEquals(1, borrowings(null), "connections a planned request borrowed");
    }
}
