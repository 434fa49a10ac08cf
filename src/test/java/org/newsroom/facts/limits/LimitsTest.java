package org.newsroom.facts.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Queries beyond the configured depth, complexity, token count or body size are refused before any SQL runs;
 * batches (JSON arrays of operations) are not accepted at all.
 */
@QuarkusTest
class LimitsTest {

    @Inject
    SessionFactory sessionFactory;

    private void refusedBeforeAnySql(String query, String message) {
        sessionFactory.getStatistics().clear();
        GraphQL.reader().send(query)
                .body("data", nullValue())
                .body("errors[0].message", containsString(message));
        assertEquals(0, sessionFactory.getStatistics().getPrepareStatementCount(), "no SQL for a refused query");
    }

    @Test
    void tooDeep() {
        refusedBeforeAnySql("""
                { countries { nodes { deploymentsFrom { nodes { citations { source { country { deploymentsTo { nodes {
                  places { country { statistics { nodes { place { country { code } } } } } } } } } } } } } } } }
                """, "maximum query depth exceeded");
    }

    @Test
    void tooComplex() {
        refusedBeforeAnySql("{ " + IntStream.range(0, 700).mapToObj(i -> "a" + i + ": countries { totalCount }")
                .collect(Collectors.joining(" ")) + " }", "maximum query complexity exceeded");
    }

    @Test
    void tooManyTokens() {
        // 6,000 field names are more grammar tokens than the 5,000 allowed, though the body is only 30 KB
        String query = "{ deployments { nodes { " + "id ".repeat(6_000) + "} } }";
        refusedBeforeAnySql(query, "parsing has been cancelled");
        GraphQL.reader().send(query).body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
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
}
