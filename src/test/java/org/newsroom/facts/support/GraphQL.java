package org.newsroom.facts.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Sends GraphQL requests to /graphql over HTTP, as a reader or with a bearer token. */
public final class GraphQL {

    private final String token;

    private GraphQL(String token) {
        this.token = token;
    }

    public static GraphQL reader() {
        return new GraphQL(null);
    }

    public static GraphQL as(String token) {
        return new GraphQL(token);
    }

    public static GraphQL editor() {
        return as(Tokens.editor("erin"));
    }

    public static GraphQL chief() {
        return as(Tokens.chief("carla"));
    }

    public ValidatableResponse send(String query) {
        return send(query, Map.of());
    }

    /** Sends a query with variables given as name, value pairs. */
    public ValidatableResponse send(String query, Object... variables) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        return send(query, vars);
    }

    public ValidatableResponse send(String query, Map<String, Object> variables) {
        RequestSpecification request = given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables));
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.when().post("/graphql").then().statusCode(200);
    }
}
