package org.newsroom.facts.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/** What operations teams rely on: health with the database, per-operation metrics, request ids. */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Databases answer"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void everyOperationIsTimedAndItsErrorsCountedByCode() {
        double countries = count("graphql_requests_seconds_count", "operation=\"countries\",outcome=\"ok\",type=\"query\"");
        double invalid = count("graphql_errors_total", "code=\"GRAPHQL_VALIDATION_FAILED\",operation=\"invalid\"");
        double unauthenticated = count("graphql_errors_total", "code=\"UNAUTHENTICATED\",operation=\"publishFact\"");

        GraphQL.reader().send("{ countries(first: 1) { nodes { code } } }");
        GraphQL.reader().send("{ noSuchField }");
        GraphQL.reader().send("mutation { publishFact(id: \"1\", expectedVersion: 1) { id } }");

        assertTrue(count("graphql_requests_seconds_count", "operation=\"countries\",outcome=\"ok\",type=\"query\"") >= countries + 1);
        assertTrue(count("graphql_errors_total", "code=\"GRAPHQL_VALIDATION_FAILED\",operation=\"invalid\"") >= invalid + 1);
        assertTrue(count("graphql_errors_total", "code=\"UNAUTHENTICATED\",operation=\"publishFact\"") >= unauthenticated + 1);
    }

    @Test
    void aRequestIdIsKeptOrMade() {
        given().header("X-Request-Id", "story-42.abc").contentType("application/json").body("{\"query\":\"{ __typename }\"}")
                .when().post("/graphql").then().statusCode(200).header("X-Request-Id", equalTo("story-42.abc"));
        given().header("X-Request-Id", "not a plain <id>").contentType("application/json").body("{\"query\":\"{ __typename }\"}")
                .when().post("/graphql").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    }

    /** The value of one series in /q/metrics (0 when it is not there yet); labels in Prometheus' sorted order. */
    private static double count(String name, String labels) {
        String text = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("^" + name + "\\{([^}]*)\\} ([0-9.eE+-]+)$", Pattern.MULTILINE).matcher(text);
        double sum = 0;
        while (m.find()) {
            if (containsAll(m.group(1), labels)) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    private static boolean containsAll(String actual, String wanted) {
        for (String label : wanted.split(",")) {
            if (!actual.contains(label)) {
                return false;
            }
        }
        return true;
    }
}
