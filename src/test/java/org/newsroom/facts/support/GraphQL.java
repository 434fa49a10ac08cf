package org.newsroom.facts.support;

import static io.restassured.RestAssured.given;

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

    public ValidatableResponse send(String query) {
        return send(query, Map.of());
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
