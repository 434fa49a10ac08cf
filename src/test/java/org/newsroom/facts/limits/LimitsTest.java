package org.newsroom.facts.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/**
 * Queries beyond the configured depth, complexity, node count, token count or body size are refused before any SQL
 * runs; batches (JSON arrays of operations) are not accepted at all. Every "no SQL ran" assertion has its positive
 * control: the same statistics count the SQL of a query that is let through.
 */
@QuarkusTest
class LimitsTest {

    @Inject
    SessionFactory sessionFactory;

    /**
     * The fewest statements in three tries: the statistics count every thread's, and a background worker's poll (every
     * 100 ms in tests) may fall into one request's window.
     */
    private void refusedBeforeAnySql(String query, String code) {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            sessionFactory.getStatistics().clear();
            GraphQL.reader().send(query)
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo(code))
                    .body("errors[0].extensions.classification", nullValue());
            fewest = Math.min(fewest, sessionFactory.getStatistics().getPrepareStatementCount());
        }
        assertEquals(0, fewest, "no SQL for a refused query");
    }

    /** The positive control of refusedBeforeAnySql: a query that is let through is seen running SQL. */
    private void runsSql(String query) {
        sessionFactory.getStatistics().clear();
        GraphQL.reader().send(query).body("errors", nullValue());
        assertTrue(sessionFactory.getStatistics().getPrepareStatementCount() > 0, "the statistics see the SQL of a query that runs");
    }

    @Test
    void tooDeep() {
        refusedBeforeAnySql("""
                { countries(first: 1) { nodes { deploymentsFrom(first: 1) { nodes { citations { source { country { deploymentsTo(first: 1) { nodes {
                  places { country { statistics(first: 1) { nodes { place { country { code } } } } } } } } } } } } } } } }
                """, "QUERY_TOO_DEEP");
        runsSql("{ countries(first: 1) { nodes { deploymentsFrom(first: 1) { nodes { places { country { code } } } } } } }");
    }

    @Test
    void tooComplex() {
        refusedBeforeAnySql("{ " + IntStream.range(0, 310).mapToObj(i -> "a" + i + ": countries(first: 1) { totalCount }")
                .collect(Collectors.joining(" ")) + " }", "QUERY_TOO_COMPLEX");
        runsSql("{ " + IntStream.range(0, 5).mapToObj(i -> "a" + i + ": deployments(first: 1) { totalCount }")
                .collect(Collectors.joining(" ")) + " }");
    }

    /** The reader's query of the report: 100 × 100 × 100 deployments, a million nodes, refused before any SQL. */
    @Test
    void tooManyNodes() {
        String million = """
                { country(code:"KP"){ deploymentsFrom(first:100){ nodes { id destination { deploymentsTo(first:100){ nodes { id origin {
                  deploymentsFrom(first:100){ nodes { id summary } } } } } } } } } }
                """;
        refusedBeforeAnySql(million, "QUERY_TOO_LARGE");
        GraphQL.reader().send(million).body("errors[0].message", containsString("1010100 nodes"));
        // the two-level version with citations: 100 + 100 × 100 + 10,000 × 5 = 60,100 nodes, over the limit of 20,000
        refusedBeforeAnySql("""
                { country(code:"KP"){ deploymentsFrom(first:100){ nodes { id destination { deploymentsTo(first:100){ nodes { id citations { title } } } } } } } }
                """, "QUERY_TOO_LARGE");
        // the default first counts too (deploymentsTo: 20), and so do lists without first (citations, disputes: 5 each):
        // 100 + 2,000 + 2,000 × 10 = 22,100
        refusedBeforeAnySql("""
                { a: countries(first: 100) { nodes { deploymentsTo { nodes { citations { source { name } } disputes { statement } } } } } }
                """, "QUERY_TOO_LARGE");
        // fragments count as often as they are spread: 100 + 100 × (100 + 100)
        refusedBeforeAnySql("""
                { countries(first: 100) { nodes { ...pages } } }
                fragment pages on Country { a: deploymentsFrom(first: 100) { nodes { id } } b: deploymentsTo(first: 100) { nodes { id } } }
                """, "QUERY_TOO_LARGE");
        // variables count with their values
        String byVariable = "query($n: Int) { countries(first: $n) { nodes { deploymentsFrom(first: $n) { nodes { citations { title } } } } } }";
        sessionFactory.getStatistics().clear();
        GraphQL.reader().send(byVariable, "n", 100).body("errors[0].extensions.code", equalTo("QUERY_TOO_LARGE"));
        assertEquals(0, sessionFactory.getStatistics().getPrepareStatementCount());
        sessionFactory.getStatistics().clear();
        GraphQL.reader().send(byVariable, "n", 10).body("errors", nullValue());
        assertTrue(sessionFactory.getStatistics().getPrepareStatementCount() > 0);
    }

    /** The node limit lets through the README's examples, and the country list of the benchmark. */
    @Test
    void theLimitFitsTheExamples() {
        runsSql("""
                { country(code: "prk") { name ko: name(lang: "ko") deploymentsFrom(first: 10) { totalCount nodes {
                    summary attribution headcount { value approximation unit text } period { start end precision text }
                    places { name code } citations { source { name kind } via { name } } } } } }
                """);
        runsSql("""
                { statistics(filter: { country: "RU", indicator: "shortfall" }, orderBy: OLDEST_FIRST) { nodes { summary measure value { text } period { text } } }
                  disputed: statistics(filter: { country: "RU", measure: OFFICIAL }) { nodes { summary verification place { name } disputes { source { name } statement } } }
                  search(text: "workers russ") { nodes { __typename summary } } }
                """);
        runsSql("""
                { countries(first: 50) { nodes { code name deploymentsFrom(first: 10) { totalCount nodes { summary headcount { text }
                    period { text } citations { source { name } } } } } } }
                """);
    }

    /** The shape of a document is remembered per set of variables: a condition that hides the deep part counts. */
    @Test
    void aDocumentsShapeDependsOnItsVariables() {
        String query = """
                query($deep: Boolean!) { countries(first: 1) { nodes { deploymentsFrom(first: 1) { nodes { citations { source { country {
                  deploymentsTo(first: 1) @include(if: $deep) { nodes { places { country { statistics(first: 1) { nodes { place { country { code } } } } } } } }
                  code } } } } } } } }
                """;
        for (int round = 0; round < 2; round++) {
            GraphQL.reader().send(query, "deep", false).body("errors", nullValue());
            GraphQL.reader().send(query, "deep", true).body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"));
        }
    }

    /**
     * A response key that names a field on one type and {@code __typename} on another is a conflict that validation
     * reports; the count of nodes, which comes before validation, met it first and ended as an internal error.
     */
    @Test
    void conflictingResponseKeysAreAValidationError() {
        refusedBeforeAnySql("{ search(text: \"troops\") { nodes { ... on Event { kind } kind: __typename } } }", "GRAPHQL_VALIDATION_FAILED");
        refusedBeforeAnySql("{ deployments(first: 1) { nodes { a: id ... on Deployment { a: summary } } } }", "GRAPHQL_VALIDATION_FAILED");
        runsSql("{ search(text: \"troops\") { nodes { ... on Event { kind } typename: __typename } } }");
    }

    @Test
    void tooManyTokens() {
        // 6,000 field names are more grammar tokens than the 5,000 allowed, though the body is only 30 KB
        String query = "{ deployments { nodes { " + "id ".repeat(6_000) + "} } }";
        refusedBeforeAnySql(query, "GRAPHQL_PARSE_FAILED");
        GraphQL.reader().send(query).body("errors[0].message", containsString("parsing has been cancelled"));
        runsSql("{ deployments { nodes { " + "id ".repeat(100) + "} } }");
    }

    @Test
    void batchedRequestsAreNotAccepted() {
        given().contentType(ContentType.JSON).body("[{\"query\":\"{ __typename }\"},{\"query\":\"{ __typename }\"}]")
                .when().post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void tooLargeABody() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ __typename }", "padding", "x".repeat(300_000)))
                .when().post("/graphql").then().statusCode(413);
    }

    @Test
    void introspectionForGraphiQLStillWorks() {
        GraphQL.reader().send("{ __schema { types { name fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }")
                .body("errors", nullValue())
                .body("data.__schema.types.find { it.name == 'Deployment' }.name", equalTo("Deployment"));
    }

    /** The node count is kept per document and set of variables: the same document counts again with other variables. */
    @org.junit.jupiter.api.Test
    void theSameDocumentIsCountedForEachSetOfVariables() {
        String query = "query($n: Int) { countries(first: $n) { nodes { deploymentsFrom(first: $n) { nodes { destination { "
                + "deploymentsTo(first: $n) { nodes { id } } } } } } } }";
        org.newsroom.facts.support.GraphQL.reader().send(query, "n", 2).body("errors", org.hamcrest.Matchers.nullValue());
        org.newsroom.facts.support.GraphQL.reader().send(query, "n", 100)
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("QUERY_TOO_LARGE"));
        org.newsroom.facts.support.GraphQL.reader().send(query, "n", 2).body("errors", org.hamcrest.Matchers.nullValue());
    }
}
