package org.newsroom.facts.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.Tokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** GraphQL over HTTP: queries over GET, never mutations; content negotiation. */
@QuarkusTest
class GraphQLOverHttpTest {

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Test
    void queriesComeOverGetAsJson() {
        given().queryParam("query", "{ country(code: \"KP\") { name } }")
                .when().get("/graphql")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("data.country.name", equalTo("North Korea"));
    }

    @Test
    void onlyReadersGetQueriesAreSharedCacheable() {
        given().queryParam("query", "{ country(code: \"KP\") { name } }")
                .when().get("/graphql")
                .then().statusCode(200)
                .header("Cache-Control", "public, max-age=5")
                .header("Vary", "Accept, Authorization");
        given().header("Authorization", "Bearer " + Tokens.editor("erin")).queryParam("query", "{ country(code: \"KP\") { name } }")
                .when().get("/graphql")
                .then().statusCode(200)
                .header("Cache-Control", "private, no-store");
        given().contentType("application/json").body("{\"query\":\"{ __typename }\"}")
                .when().post("/graphql")
                .then().statusCode(200)
                .header("Cache-Control", "no-store");
    }

    @Test
    void mutationsNeverComeOverGet() {
        String mutation = "mutation { createSource(input: { name: \"Sent over GET\", kind: OTHER }) { id } }";
        given().header("Authorization", "Bearer " + Tokens.editor("erin")).queryParam("query", mutation)
                .when().get("/graphql")
                .then().statusCode(405)
                .header("Allow", "POST");
        given().queryParam("query", "query q { __typename } mutation m { createSource(input: { name: \"x\", kind: OTHER }) { id } }")
                .queryParam("operationName", "m")
                .when().get("/graphql").then().statusCode(405);
        given().queryParam("query", "{ sources(search: \"Sent over GET\") { totalCount } }")
                .when().get("/graphql").then().body("data.sources.totalCount", equalTo(0));
    }

    @Test
    void acceptIsNegotiated() throws Exception {
        given().header("Accept", "text/html").queryParam("query", "{ __typename }")
                .when().get("/graphql").then().statusCode(406);
        given().header("Accept", "application/graphql-response+json").queryParam("query", "{ __typename }")
                .when().get("/graphql").then().statusCode(200).contentType(startsWith("application/graphql-response+json"));
        HttpResponse<String> noAccept = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, noAccept.statusCode());
        assertEquals("application/json", noAccept.headers().firstValue("content-type").orElse("").split(";")[0]);
    }

    @Test
    void badRequestsAre400() {
        given().contentType("application/json").body("{not json")
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().contentType("application/json").body("{\"query\": 42}")
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].message", equalTo("query must be a string"));
        given().contentType("application/json").body("{\"query\": \"{ __typename }\", \"variables\": []}")
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].message", equalTo("variables must be an object"));
    }

    @Test
    void invalidDocumentsAre400ForGraphQLResponseJsonAnd200ForJson() {
        given().contentType("application/json").accept("application/graphql-response+json").body("{\"query\": \"{ nope }\"}")
                .when().post("/graphql")
                .then().statusCode(400)
                .contentType(startsWith("application/graphql-response+json"))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        given().contentType("application/json").accept("application/graphql-response+json").body("{\"query\": \"{ nope\"}")
                .when().post("/graphql")
                .then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
        given().contentType("application/json").accept("application/json").body("{\"query\": \"{ nope }\"}")
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].extensions.classification", nullValue());
    }

    @Test
    void aPostMustBeJson() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, response.statusCode());
        HttpResponse<String> text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, text.statusCode());
    }

    /** GraphiQL opens on the story's country page, not on an empty editor; a shared link keeps its own query. */
    @Test
    void graphiqlOpensOnTheCountryPage() {
        String location = given().redirects().follow(false).when().get("/graphiql").then().statusCode(302)
                .extract().header("Location");
        org.junit.jupiter.api.Assertions.assertTrue(java.net.URLDecoder.decode(location, java.nio.charset.StandardCharsets.UTF_8)
                .contains("country(code: \"prk\")"), location);
        given().redirects().follow(false).when().get(location).then().statusCode(200);
        given().redirects().follow(false).when().get("/graphiql/?query=%7B__typename%7D").then().statusCode(200);
    }
}
