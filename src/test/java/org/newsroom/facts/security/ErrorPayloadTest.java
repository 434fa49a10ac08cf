package org.newsroom.facts.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The errors of many kinds of bad request carry a stable code and nothing of the service's insides: no exception
 * or class name, package, graphql-java classification or SQL.
 */
@QuarkusTest
class ErrorPayloadTest {

    static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\bjava\\.|\\borg\\.|\\bio\\.|\\bgraphql\\.|jakarta|hibernate|classification|DataFetching|ValidationError"
                    + "|ExecutionAborted|\\bSELECT\\b|\\bINSERT\\b|\\bUPDATE\\b .* SET|\\bat [a-z]+\\.[a-z]+\\.|Unknown Scalar",
            Pattern.CASE_INSENSITIVE);
    static final Set<String> CODES = Set.of("BAD_USER_INPUT", "NOT_FOUND", "UNAUTHENTICATED", "FORBIDDEN", "CONFLICT", "INVALID_STATE",
            "INTERNAL_SERVER_ERROR", "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "QUERY_TOO_DEEP", "QUERY_TOO_COMPLEX",
            "QUERY_TOO_LARGE", "BAD_REQUEST", "PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_HASH_MISMATCH", "METHOD_NOT_ALLOWED");

    private static String body(String query, Map<String, Object> variables, String token) {
        var request = given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables));
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.when().post("/graphql").then().extract().asString();
    }

    @Test
    void noErrorShowsTheServicesInsides() {
        // positive control: the pattern sees what the service used to send
        assertTrue(INTERNALS.matcher("{\"extensions\":{\"classification\":\"DataFetchingException\"}}").find());
        assertTrue(INTERNALS.matcher("Unknown Scalar Type [org.newsroom.facts.deployment.DeploymentFilter]").find());
        String editor = Tokens.editor("erin");
        List<String> answers = new ArrayList<>();
        answers.add(body("{ nope", Map.of(), null));
        answers.add(body("{ nope }", Map.of(), null));
        answers.add(body("{ deployments(first: 4294967301) { nodes { id } } }", Map.of(), null));
        answers.add(body("query($n: Int) { deployments(first: $n) { nodes { id } } }", Map.of("n", 4294967301L), null));
        answers.add(body("{ deployments(first: 500) { nodes { id } } }", Map.of(), null));
        answers.add(body("{ deployments(filter: { from: \"2025-02-30\" }) { nodes { id } } }", Map.of(), null));
        answers.add(body("query($f: DeploymentFilter) { deployments(filter: $f) { nodes { id } } }", Map.of("f", Map.of("from", "x")), null));
        answers.add(body("{ deployments(after: \"bm9wZQ\") { nodes { id } } }", Map.of(), null));
        answers.add(body("mutation { publishFact(id: \"1\", expectedVersion: 1) { id } }", Map.of(), null));
        answers.add(body("mutation { publishFact(id: \"999999\", expectedVersion: 1) { id } }", Map.of(), editor));
        answers.add(body("mutation { publishFact(id: \"nope\", expectedVersion: 1) { id } }", Map.of(), Tokens.chief("carla")));
        answers.add(body("mutation($in: SourceInput!) { createSource(input: $in) { id } }",
                Map.of("in", Map.of("name", "NUL\u0000here", "kind", "NEWS_OUTLET")), editor));
        answers.add(body("mutation { createDeployment(input: { origin: \"KP\", destination: \"RU\", personnel: TROOPS, "
                + "headcount: { value: 1e309, approximation: ABOUT, unit: \"troops\" } }) { id } }", Map.of(), editor));
        answers.add(body("mutation { createDeployment(input: { origin: \"XX\", destination: \"RU\", personnel: TROOPS, "
                + "headcount: { value: 1, approximation: EXACT, unit: \"troops\" } }) { id } }", Map.of(), editor));
        answers.add(body("{ a: countries(first: 100) { nodes { deploymentsFrom(first: 100) { nodes { citations { title } } } } } }", Map.of(), null));
        answers.add(body("{ fact(id: \"1\") { history { number } } }", Map.of(), null));
        answers.add(given().contentType(ContentType.JSON).body("[1,2]").when().post("/graphql").then().extract().asString());
        answers.add(given().contentType(ContentType.JSON).body("{\"query\": 5}").when().post("/graphql").then().extract().asString());
        for (String answer : answers) {
            assertFalse(INTERNALS.matcher(answer).find(), () -> "internals in " + answer);
            List<Map<String, Object>> errors = JsonPath.from(answer).getList("errors");
            assertNotNull(errors, answer);
            assertFalse(errors.isEmpty(), answer);
            for (Map<String, Object> error : errors) {
                @SuppressWarnings("unchecked")
                Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
                assertTrue(extensions != null && CODES.contains(String.valueOf(extensions.get("code"))), () -> "no stable code in " + answer);
                assertTrue(Set.of("code", "field", "violations", "incident").containsAll(extensions.keySet()), answer);
            }
        }
    }
}
