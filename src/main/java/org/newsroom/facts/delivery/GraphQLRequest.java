package org.newsroom.facts.delivery;

import java.util.List;

import io.vertx.core.MultiMap;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;

/**
 * One GraphQL-over-HTTP request, read from a GET's parameters or a POST's JSON body. The query may be absent when
 * the request names a persisted query ({@code extensions.persistedQuery.sha256Hash}).
 */
public record GraphQLRequest(String query, String operationName, JsonObject variables, JsonObject extensions) {

    /** A request that is not a well-formed GraphQL-over-HTTP request (answered with 400). */
    public static class Malformed extends Exception {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    /** The request of a GET's query parameters. */
    public static GraphQLRequest fromParameters(MultiMap params) throws Malformed {
        return new GraphQLRequest(blankToNull(params.get("query")), blankToNull(params.get("operationName")),
                object(params.get("variables"), "variables"), object(params.get("extensions"), "extensions"));
    }

    /** The request of a POST's body. */
    public static GraphQLRequest fromBody(String body) throws Malformed {
        Object parsed;
        try {
            parsed = body == null || body.isBlank() ? null : Json.decodeValue(body);
        } catch (DecodeException e) {
            throw new Malformed("The body is not valid JSON");
        }
        if (!(parsed instanceof JsonObject request)) {
            throw new Malformed("The body must be a JSON object with a query");
        }
        Object query = request.getValue("query");
        if (query != null && !(query instanceof String)) {
            throw new Malformed("query must be a string");
        }
        Object operationName = request.getValue("operationName");
        if (operationName != null && !(operationName instanceof String)) {
            throw new Malformed("operationName must be a string");
        }
        for (String map : List.of("variables", "extensions")) {
            Object value = request.getValue(map);
            if (value != null && !(value instanceof JsonObject)) {
                throw new Malformed(map + " must be an object");
            }
        }
        GraphQLRequest result = new GraphQLRequest(blankToNull((String) query), blankToNull((String) operationName),
                request.getJsonObject("variables"), request.getJsonObject("extensions"));
        if (result.query() == null && result.persistedHash() == null) {
            throw new Malformed("The body must be a JSON object with a query");
        }
        return result;
    }

    /** The sha256 hash of the persisted query the request names, or null. */
    public String persistedHash() {
        JsonObject persisted = persistedQuery();
        return persisted == null || !(persisted.getValue("sha256Hash") instanceof String hash) ? null : hash;
    }

    /** The request's {@code extensions.persistedQuery}, or null. */
    public JsonObject persistedQuery() {
        return extensions == null || !(extensions.getValue("persistedQuery") instanceof JsonObject p) ? null : p;
    }

    /** The same request with the given document. */
    public GraphQLRequest withQuery(String text) {
        return new GraphQLRequest(text, operationName, variables, extensions);
    }

    private static JsonObject object(String json, String name) throws Malformed {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            if (Json.decodeValue(json) instanceof JsonObject object) {
                return object;
            }
        } catch (DecodeException e) {
            // reported below
        }
        throw new Malformed(name + " must be a JSON object");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
