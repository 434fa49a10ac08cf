package org.newsroom.facts.delivery;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsroom.facts.ops.GraphQLMetrics;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.validation.Validator;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The GraphQL endpoint for GET and POST, in front of SmallRye's own (which keeps OPTIONS and the WebSocket
 * subscriptions): reads the request (400 when it is malformed), resolves automatic persisted queries, refuses
 * documents beyond the token limit and mutations over GET, answers readers' GET queries from the response cache
 * with a strong ETag (304 for a matching If-None-Match), and otherwise runs the operation with SmallRye's
 * execution service. With {@code application/graphql-response+json}, a request that cannot run (it does not
 * parse or validate) is answered with 400, as GraphQL over HTTP says; with {@code application/json} with 200.
 */
@ApplicationScoped
public class GraphQLEndpoint {

    static final String GRAPHQL_RESPONSE = GraphQLOverHttp.GRAPHQL_RESPONSE;
    static final String JSON = GraphQLOverHttp.JSON;
    /** Set on the routing context when the response may be kept by shared caches. */
    static final String CACHEABLE = "newsroom.graphql.cacheable";
    private static final String REQUEST = "newsroom.graphql.request";

    private final PersistedQueryService persistedQueries;
    private final ResponseCache responses;
    private final ParserOptions parserOptions;
    private final Cache<String, Document> documents = Caffeine.newBuilder().maximumSize(2_000).build();
    private final GraphQLMetrics metrics;
    private volatile GraphQLSchema schema;

    @Inject
    public GraphQLEndpoint(PersistedQueryService persistedQueries, ResponseCache responses, DeliveryConfig config,
            GraphQLMetrics metrics) {
        this.persistedQueries = persistedQueries;
        this.responses = responses;
        this.metrics = metrics;
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(o -> o.maxTokens(config.maxTokens()));
        // the same limit for every document graphql-java parses (also those of subscriptions over WebSocket)
        ParserOptions.setDefaultOperationParserOptions(parserOptions);
    }

    void register(@Observes Router router, @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String root,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        CurrentIdentityAssociation identity = Arc.container().instance(CurrentIdentityAssociation.class).get();
        CurrentVertxRequest vertxRequest = Arc.container().instance(CurrentVertxRequest.class).get();
        // after GraphQLOverHttp's filter (Accept and Content-Type are settled), before SmallRye's route
        router.route(root).order(-50).method(HttpMethod.GET).method(HttpMethod.POST)
                .handler(BodyHandler.create().setBodyLimit(maxBody.asLongValue()))
                .handler(this::resolve)
                .handler(new Execution(identity, vertxRequest));
    }

    /** Reads the request and puts the document of a persisted query in place; the next handler runs it. */
    private void resolve(RoutingContext rc) {
        metrics.track(rc);
        GraphQLRequest request;
        try {
            request = rc.request().method() == HttpMethod.GET ? GraphQLRequest.fromParameters(rc.queryParams())
                    : GraphQLRequest.fromBody(rc.body().asString());
        } catch (GraphQLRequest.Malformed e) {
            answerError(rc, 400, e.getMessage(), "BAD_REQUEST");
            return;
        }
        JsonObject persisted = request.persistedQuery();
        if (persisted == null) {
            if (request.query() == null) {
                answerError(rc, 400, "A GET carries its document in the parameter query (or a persisted query's hash)", "BAD_REQUEST");
                return;
            }
            proceed(rc, request);
            return;
        }
        String hash = request.persistedHash();
        if (!Integer.valueOf(1).equals(persisted.getValue("version"))) {
            answerError(rc, 400, "Only version 1 of persisted queries is supported", "BAD_REQUEST");
        } else if (!PersistedQueryService.wellFormed(hash)) {
            answerError(rc, 400, "extensions.persistedQuery.sha256Hash must be a sha256 hash in hex", "BAD_REQUEST");
        } else if (request.query() != null) {
            if (!PersistedQueryService.hashMatches(hash, request.query())) {
                answerError(rc, 400, "provided sha does not match query", "PERSISTED_QUERY_HASH_MISMATCH");
            } else if (persistedQueries.cached(hash) != null) {
                proceed(rc, request);
            } else {
                // register it (if it is a valid document: invalid ones are reported by the execution, never stored)
                rc.vertx().executeBlocking(() -> {
                    if (valid(request.query())) {
                        persistedQueries.register(hash, request.query());
                    }
                    return request;
                }, false).onComplete(done -> proceedOrFail(rc, request, done.cause()));
            }
        } else {
            String cached = persistedQueries.cached(hash);
            if (cached != null) {
                proceed(rc, request.withQuery(cached));
            } else {
                rc.vertx().executeBlocking(() -> persistedQueries.find(hash), false).onComplete(found -> {
                    if (found.failed()) {
                        rc.fail(found.cause());
                    } else if (found.result() == null) {
                        // 200 even for application/graphql-response+json: Apollo's link gives up persisted queries on a 400
                        answerError(rc, 200, "PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND");
                    } else {
                        proceed(rc, request.withQuery(found.result()));
                    }
                });
            }
        }
    }

    private static void proceed(RoutingContext rc, GraphQLRequest request) {
        rc.put(REQUEST, request);
        rc.next();
    }

    private static void proceedOrFail(RoutingContext rc, GraphQLRequest request, Throwable failure) {
        if (failure != null) {
            rc.fail(failure);
        } else {
            proceed(rc, request);
        }
    }

    /** Whether the document parses (within the token limit) and validates against the schema. */
    private boolean valid(String query) {
        try {
            return new Validator().validateDocument(schema(), document(query), Locale.ENGLISH).isEmpty();
        } catch (InvalidSyntaxException e) {
            return false;
        }
    }

    private Document document(String query) {
        Document cached = documents.getIfPresent(query);
        if (cached == null) {
            cached = Parser.parse(ParserEnvironment.newParserEnvironment().document(query).parserOptions(parserOptions).build());
            documents.put(query, cached);
        }
        return cached;
    }

    /** Whether the name is a field of the schema's root type for this kind of operation. */
    private boolean rootField(OperationDefinition.Operation kind, String name) {
        GraphQLSchema s = schema();
        var root = switch (kind) {
            case QUERY -> s.getQueryType();
            case MUTATION -> s.getMutationType();
            case SUBSCRIPTION -> s.getSubscriptionType();
        };
        return name.equals("__typename") || name.equals("__schema") || name.equals("__type")
                || (root != null && root.getFieldDefinition(name) != null);
    }

    private GraphQLSchema schema() {
        GraphQLSchema s = schema;
        if (s == null) {
            s = schema = Arc.container().instance(GraphQLSchema.class).get();
        }
        return s;
    }

    /** Runs the resolved request with SmallRye's execution service (request context and identity as SmallRye sets them). */
    private final class Execution extends SmallRyeGraphQLAbstractHandler {

        Execution(CurrentIdentityAssociation identity, CurrentVertxRequest vertxRequest) {
            super(identity, vertxRequest, false);
        }

        @Override
        protected void doHandle(RoutingContext rc) {
            GraphQLRequest request = rc.get(REQUEST);
            String mediaType = mediaType(rc);
            boolean get = rc.request().method() == HttpMethod.GET;
            boolean reader = rc.request().getHeader(HttpHeaders.AUTHORIZATION) == null;
            ResponseCache.Key key = get && reader && responses.enabled()
                    ? new ResponseCache.Key(request.query(), request.operationName(),
                            request.variables() == null ? "" : request.variables().encode(), mediaType)
                    : null;
            ResponseCache.Entry hit = key == null ? null : responses.get(key);
            OperationDefinition operation;
            try {
                operation = operation(document(request.query()), request.operationName());
            } catch (InvalidSyntaxException e) {
                answerError(rc, mediaType.equals(GRAPHQL_RESPONSE) ? 400 : 200, e.getMessage(), "GRAPHQL_PARSE_FAILED");
                return;
            }
            if (operation != null) {
                metrics.operation(rc, operation, name -> rootField(operation.getOperation(), name));
            }
            if (hit != null) {
                answer(rc, 200, mediaType, hit.body(), hit.etag());
                return;
            }
            if (get && operation != null && operation.getOperation() != OperationDefinition.Operation.QUERY) {
                rc.response().putHeader(HttpHeaders.ALLOW, "POST");
                answerError(rc, 405, "Mutations are sent with POST, never with GET", "METHOD_NOT_ALLOWED");
                return;
            }
            JsonObject input = new JsonObject().put("query", request.query());
            if (request.operationName() != null) {
                input.put("operationName", request.operationName());
            }
            if (request.variables() != null) {
                input.put("variables", request.variables());
            }
            long generation = responses.generation();
            getExecutionService().executeAsync(inputToJsonObject(input.encode()), getMetaData(rc),
                    new Writer(rc, mediaType, key, generation));
        }
    }

    /** Writes SmallRye's result: status by media type, error codes for schema errors, ETag and cache for readers. */
    private final class Writer implements ExecutionResponseWriter {
        private final RoutingContext rc;
        private final String mediaType;
        private final ResponseCache.Key key;
        private final long generation;

        Writer(RoutingContext rc, String mediaType, ResponseCache.Key key, long generation) {
            this.rc = rc;
            this.mediaType = mediaType;
            this.key = key;
            this.generation = generation;
        }

        @Override
        public void write(ExecutionResponse response) {
            ExecutionResult result = response.getExecutionResult();
            if (result.isDataPresent() && result.getErrors().stream().anyMatch(e -> e.getErrorType() == ErrorType.ExecutionAborted)) {
                rc.response().setStatusCode(500).end();
                return;
            }
            String body = response.getExecutionResultAsString();
            if (!result.getErrors().isEmpty()) {
                answer(rc, mediaType.equals(GRAPHQL_RESPONSE) && !result.isDataPresent() ? 400 : 200, mediaType, withCodes(rc, body), null);
            } else if (key != null) {
                ResponseCache.Entry entry = new ResponseCache.Entry(body, etag(body), generation);
                responses.put(key, entry);
                answer(rc, 200, mediaType, body, entry.etag());
            } else {
                answer(rc, 200, mediaType, body, null);
            }
        }

        @Override
        public void fail(Throwable t) {
            rc.fail(t);
        }
    }

    /** The operation the request runs, or null when the document has none of that name (SmallRye reports it). */
    private static OperationDefinition operation(Document document, String operationName) {
        List<OperationDefinition> candidates = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(op -> operationName == null || operationName.equals(op.getName())).toList();
        return candidates.size() == 1 || (operationName != null && !candidates.isEmpty()) ? candidates.get(0) : null;
    }

    /**
     * Answers with the body, or — for a cacheable response (one with an ETag) whose tag the client already holds —
     * with 304 and no body.
     */
    private static void answer(RoutingContext rc, int status, String mediaType, String body, String etag) {
        if (etag != null) {
            rc.put(CACHEABLE, Boolean.TRUE);
            rc.response().putHeader(HttpHeaders.ETAG, etag);
            if (matches(rc.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
                rc.response().setStatusCode(304).end();
                return;
            }
        }
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8").end(body);
    }

    private static void answerError(RoutingContext rc, int status, String message, String code) {
        GraphQLMetrics.errors(rc, List.of(code));
        String mediaType = mediaType(rc);
        JsonObject error = new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", code));
        answer(rc, status, mediaType, new JsonObject().put("errors", new JsonArray().add(error)).encode(), null);
    }

    /**
     * The body with a code on errors graphql-java reports without one (documents that do not parse or validate);
     * the codes are noted for the metrics.
     */
    private static String withCodes(RoutingContext rc, String body) {
        JsonObject json = new JsonObject(body);
        JsonArray errors = json.getJsonArray("errors");
        List<String> codes = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; errors != null && i < errors.size(); i++) {
            JsonObject error = errors.getJsonObject(i);
            JsonObject extensions = error.getJsonObject("extensions");
            if (extensions == null) {
                extensions = new JsonObject();
                error.put("extensions", extensions);
            }
            if (extensions.getValue("code") == null) {
                Object classification = extensions.getValue("classification");
                String code = "ValidationError".equals(classification) ? "GRAPHQL_VALIDATION_FAILED"
                        : "InvalidSyntax".equals(classification) ? "GRAPHQL_PARSE_FAILED" : null;
                if (code != null) {
                    extensions.put("code", code);
                    changed = true;
                }
            }
            codes.add(String.valueOf(extensions.getValue("code", "INTERNAL_SERVER_ERROR")));
        }
        GraphQLMetrics.errors(rc, codes);
        return changed ? json.encode() : body;
    }

    /** The media type GraphQLOverHttp negotiated for this request. */
    static String mediaType(RoutingContext rc) {
        String negotiated = rc.get(GraphQLOverHttp.MEDIA_TYPE);
        return negotiated != null ? negotiated : JSON;
    }

    /** A strong entity tag: the base64url sha256 of the body. */
    static String etag(String body) {
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Digests.sha256(body)) + "\"";
    }

    /** Whether an If-None-Match header names the tag (weak comparison, as RFC 9110 says for If-None-Match). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
