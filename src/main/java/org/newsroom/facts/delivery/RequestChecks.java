package org.newsroom.facts.delivery;

import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.GraphQLError;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.validation.Validator;
import io.quarkus.arc.Arc;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Status codes of GraphQL over HTTP for POSTed requests, decided before SmallRye runs anything: a body that is
 * not a JSON object, or whose query is not a string or whose variables are not an object, is 400; with {@code Accept: application/graphql-response+json}, a document that does not
 * parse or does not validate against the schema is 400 as well (with {@code application/json} such errors keep
 * status 200, as the specification says).
 */
@ApplicationScoped
public class RequestChecks {

    void register(@Observes Router router, @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String root) {
        // after GraphQLOverHttp's filter (order -100: Accept and Content-Type are settled), before SmallRye's route
        router.post(root).order(-50).handler(BodyHandler.create()).handler(RequestChecks::check);
    }

    private static void check(RoutingContext rc) {
        JsonObject request;
        try {
            Object parsed = rc.body().asString() == null ? null : io.vertx.core.json.Json.decodeValue(rc.body().asString());
            if (!(parsed instanceof JsonObject object)) {
                refuse(rc, "The body must be a JSON object with a query", "BAD_REQUEST");
                return;
            }
            request = object;
        } catch (DecodeException e) {
            refuse(rc, "The body is not valid JSON", "BAD_REQUEST");
            return;
        }
        String wrong = wrongParameter(request);
        if (wrong != null) {
            refuse(rc, wrong, "BAD_REQUEST");
            return;
        }
        String accept = rc.request().getHeader(HttpHeaders.ACCEPT);
        String text = request.getString("query");
        if (accept == null || !accept.contains(GraphQLOverHttp.GRAPHQL_RESPONSE)) {
            rc.next();
            return;
        }
        Document document;
        try {
            document = Parser.parse(text);
        } catch (InvalidSyntaxException e) {
            refuse(rc, e.getMessage(), "GRAPHQL_PARSE_FAILED");
            return;
        }
        GraphQLSchema schema = schema();
        List<? extends GraphQLError> errors = new Validator().validateDocument(schema, document, Locale.ENGLISH);
        if (!errors.isEmpty()) {
            JsonArray list = new JsonArray();
            errors.forEach(e -> list.add(new JsonObject().put("message", e.getMessage())
                    .put("extensions", new JsonObject().put("code", "GRAPHQL_VALIDATION_FAILED"))));
            respond(rc, list);
            return;
        }
        rc.next();
    }

    private static volatile GraphQLSchema schema;

    /** SmallRye's schema, looked up once. */
    private static GraphQLSchema schema() {
        GraphQLSchema s = schema;
        if (s == null) {
            s = schema = Arc.container().instance(GraphQLSchema.class).get();
        }
        return s;
    }

    /** What is wrong with the request's parameters (query a string, variables and extensions objects), or null. */
    private static String wrongParameter(JsonObject request) {
        if (!(request.getValue("query") instanceof String)) {
            return "query must be a string";
        }
        Object operationName = request.getValue("operationName");
        if (operationName != null && !(operationName instanceof String)) {
            return "operationName must be a string";
        }
        for (String map : List.of("variables", "extensions")) {
            Object value = request.getValue(map);
            if (value != null && !(value instanceof JsonObject)) {
                return map + " must be an object";
            }
        }
        return null;
    }

    private static void refuse(RoutingContext rc, String message, String code) {
        respond(rc, new JsonArray().add(new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", code))));
    }

    private static void respond(RoutingContext rc, JsonArray errors) {
        String accept = rc.request().getHeader(HttpHeaders.ACCEPT);
        String type = accept != null && accept.contains(GraphQLOverHttp.GRAPHQL_RESPONSE) ? GraphQLOverHttp.GRAPHQL_RESPONSE : "application/json";
        rc.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, type)
                .end(new JsonObject().put("errors", errors).encode());
    }
}
