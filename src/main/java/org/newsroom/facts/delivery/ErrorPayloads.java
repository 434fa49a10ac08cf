package org.newsroom.facts.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Makes the errors of an answer say only what clients may see: every error gets a stable {@code extensions.code};
 * only {@code code}, {@code field}, {@code violations} and {@code incident} stay among the extensions (never
 * graphql-java's {@code classification}, a class or package name). Errors graphql-java reports without a code are
 * named here: a document that does not parse or validate, a value of the wrong form for a scalar (BAD_USER_INPUT,
 * with the argument path), a query beyond the depth or complexity limit. An error with no known code becomes
 * INTERNAL_SERVER_ERROR with an incident id, logged without its message (which may carry submitted values).
 */
final class ErrorPayloads {

    private static final Logger LOG = Logger.getLogger(ErrorPayloads.class);
    static final Set<String> CODES = Set.of("BAD_USER_INPUT", "NOT_FOUND", "UNAUTHENTICATED", "FORBIDDEN", "CONFLICT",
            "INVALID_STATE", "INTERNAL_SERVER_ERROR", "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "QUERY_TOO_DEEP",
            "QUERY_TOO_COMPLEX", "QUERY_TOO_LARGE", "TIMEOUT", "DATABASE_UNAVAILABLE");
    private static final Set<String> KEPT = Set.of("code", "field", "violations", "incident");
    private static final Pattern SCALAR_ARGUMENT = Pattern.compile(
            "argument '([^']+)' with value .* is not a valid '(?:Int|Float|Date|DateTime)'(?: - (.*))?", Pattern.DOTALL);
    /** What graphql-java and StrictScalars say of a value of the wrong form for Int, Float, Date or DateTime. */
    private static final Pattern SCALAR_PROBLEM = Pattern.compile("expected a (finite number|date|32-bit integer)|to type '(Int|Float)'");
    private static final Pattern VARIABLE = Pattern.compile("Variable '([^']+)' has an invalid value: ?(.*)", Pattern.DOTALL);

    private ErrorPayloads() {
    }

    /** The answer with its errors made safe, and the codes of its errors. */
    record Safe(String body, List<String> codes) {
    }

    static Safe of(String body) {
        JsonObject json = new JsonObject(body);
        JsonArray errors = json.getJsonArray("errors");
        List<String> codes = new ArrayList<>();
        for (int i = 0; errors != null && i < errors.size(); i++) {
            JsonObject error = errors.getJsonObject(i);
            JsonObject extensions = error.getJsonObject("extensions", new JsonObject());
            Object classification = extensions.getValue("classification");
            String code = extensions.getValue("code") instanceof String c && CODES.contains(c) ? c : null;
            if (code == null) {
                code = named(error, extensions, classification);
            }
            if (code == null) {
                String incident = UUID.randomUUID().toString().substring(0, 8);
                LOG.errorf("Incident %s: a GraphQL error without a known code (code %s, classification %s, path %s)", incident,
                        extensions.getValue("code"), classification, error.getValue("path"));
                error.put("message", "Internal error (incident " + incident + "); the newsroom's logs have the details");
                extensions.put("incident", incident);
                code = "INTERNAL_SERVER_ERROR";
            }
            extensions.put("code", code);
            extensions.fieldNames().removeIf(name -> !KEPT.contains(name));
            error.put("extensions", extensions);
            codes.add(code);
        }
        return new Safe(json.encode(), codes);
    }

    /** The code of an error graphql-java reports itself, from its classification; null when it is none of those. */
    private static String named(JsonObject error, JsonObject extensions, Object classification) {
        String message = error.getString("message", "");
        if ("InvalidSyntax".equals(classification)) {
            return "GRAPHQL_PARSE_FAILED";
        }
        if ("ValidationError".equals(classification)) {
            Matcher argument = SCALAR_ARGUMENT.matcher(message);
            Matcher variable = VARIABLE.matcher(message);
            if (argument.find()) {
                return badInput(error, extensions, argument.group(1), argument.group(2));
            } else if (variable.find() && SCALAR_PROBLEM.matcher(variable.group(2)).find()) {
                return badInput(error, extensions, variable.group(1), variable.group(2));
            }
            return "GRAPHQL_VALIDATION_FAILED";
        }
        if ("ExecutionAborted".equals(classification)) {
            return message.startsWith("maximum query depth") ? "QUERY_TOO_DEEP"
                    : message.startsWith("maximum query complexity") ? "QUERY_TOO_COMPLEX" : null;
        }
        return null;
    }

    private static String badInput(JsonObject error, JsonObject extensions, String field, String problem) {
        extensions.put("field", field);
        error.put("message", field + ": " + (problem == null || problem.isBlank() ? "not a valid value" : problem));
        return "BAD_USER_INPUT";
    }
}
