package org.newsroom.facts.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsroom.facts.shared.CurrentUser;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

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
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
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
 * subscriptions): reads the request (400 when it is malformed), resolves automatic persisted queries (bounded:
 * document size, registrations per client, trusted-documents mode), refuses documents beyond the token limit and
 * mutations over GET, answers readers' GET queries from the response cache with a strong ETag (304 for a matching
 * If-None-Match), and otherwise has {@link OperationRunner} run the operation on a worker thread. The event loop
 * only parses (bounded by the token limit) and writes bytes. With {@code application/graphql-response+json}, a
 * request that cannot run (it does not parse or validate) is answered with 400, as GraphQL over HTTP says; with
 * {@code application/json} with 200.
 */
@ApplicationScoped
public class GraphQLEndpoint {

    static final String GRAPHQL_RESPONSE = GraphQLOverHttp.GRAPHQL_RESPONSE;
    static final String JSON = GraphQLOverHttp.JSON;
    /** Set on the routing context when the response may be kept by shared caches. */
    static final String CACHEABLE = "newsroom.graphql.cacheable";
    private static final String REQUEST = "newsroom.graphql.request";
    /** Set when the request's document is a registered persisted query (what trusted-documents mode lets readers run). */
    private static final String PERSISTED = "newsroom.graphql.persisted";

    private final PersistedQueryService persistedQueries;
    private final ResponseCache responses;
    private final CdnPurge purge;
    private final OperationRunner runner;
    private final RegistrationLimiter registrations;
    private final DeliveryConfig config;
    private final ParserOptions parserOptions;
    private final Cache<String, Document> documents = org.newsroom.facts.shared.Caches.build(Caffeine.newBuilder().maximumWeight(16L << 20)
            .<String, Document>weigher((query, document) -> 2 * query.length() + 64));
    private final GraphQLMetrics metrics;
    private volatile GraphQLSchema schema;

    @Inject
    public GraphQLEndpoint(PersistedQueryService persistedQueries, ResponseCache responses, OperationRunner runner,
            RegistrationLimiter registrations, DeliveryConfig config, GraphQLMetrics metrics, CdnPurge purge) {
        this.persistedQueries = persistedQueries;
        this.purge = purge;
        this.responses = responses;
        this.runner = runner;
        this.registrations = registrations;
        this.config = config;
        this.metrics = metrics;
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(o -> o.maxTokens(config.maxTokens()));
        // the same limit for every document graphql-java parses (also those of subscriptions over WebSocket)
        ParserOptions.setDefaultOperationParserOptions(parserOptions);
    }

    void register(@Observes Router router, @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String root,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        // after GraphQLOverHttp's filter (Accept and Content-Type are settled), before SmallRye's route
        // the SDL as introspection shows it (SmallRye's own printout has directives introspection never shows)
        router.route(root + "/schema.graphql").order(-50).method(HttpMethod.GET).handler(rc -> rc.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8").end(sdl()));
        router.route(root).order(-50).method(HttpMethod.GET).method(HttpMethod.POST)
                .handler(BodyHandler.create().setBodyLimit(maxBody.asLongValue()))
                .handler(this::resolve)
                .handler(this::execute);
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
            proceed(rc, request, false);
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
                proceed(rc, request, true);
            } else {
                register(rc, request, hash);
            }
        } else {
            String cached = persistedQueries.cached(hash);
            if (cached != null) {
                proceed(rc, request.withQuery(cached), true);
            } else {
                rc.vertx().executeBlocking(() -> persistedQueries.find(hash), false).onComplete(found -> {
                    if (found.failed()) {
                        rc.fail(found.cause());
                    } else if (found.result() == null) {
                        // 200 even for application/graphql-response+json: Apollo's link gives up persisted queries on a 400
                        answerError(rc, 200, "PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND");
                    } else {
                        proceed(rc, request.withQuery(found.result()), true);
                    }
                });
            }
        }
    }

    /**
     * Registers a document sent with its (checked) hash, if it is not known yet: within the size cap and the
     * client's share of registrations, only by editors and chiefs in trusted-documents mode, and only if it is
     * valid (invalid ones are reported by the execution, never stored).
     */
    private void register(RoutingContext rc, GraphQLRequest request, String hash) {
        String client = rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
        rc.vertx().executeBlocking(() -> {
            if (persistedQueries.find(hash) != null) {
                return null;
            }
            if (config.trustedDocumentsOnly() && !editor(QuarkusHttpUser.getSecurityIdentityBlocking(rc, null))) {
                return "TRUSTED_DOCUMENT_REQUIRED";
            }
            if (request.query().getBytes(StandardCharsets.UTF_8).length > config.persistedQueries().maxDocumentBytes()) {
                return "PERSISTED_QUERY_TOO_LARGE";
            }
            if (!registrations.admit(client)) {
                return "RATE_LIMITED";
            }
            if (valid(request.query())) {
                persistedQueries.register(hash, request.query());
            }
            return null;
        }, false).onComplete(done -> {
            if (done.failed()) {
                rc.fail(done.cause());
            } else if (done.result() == null) {
                proceed(rc, request, true);
            } else {
                refuseRegistration(rc, done.result());
            }
        });
    }

    private void refuseRegistration(RoutingContext rc, String code) {
        switch (code) {
            case "TRUSTED_DOCUMENT_REQUIRED" -> answerError(rc, 403,
                    "Only registered documents may run here; editors and chiefs register them", code);
            case "PERSISTED_QUERY_TOO_LARGE" -> answerError(rc, 413, "A persisted document may have at most "
                    + config.persistedQueries().maxDocumentBytes() + " bytes", code);
            default -> {
                rc.response().putHeader(HttpHeaders.RETRY_AFTER, "60");
                answerError(rc, 429, "Too many persisted documents registered from this address; at most "
                        + config.persistedQueries().registrationsPerMinute() + " a minute", code);
            }
        }
    }

    /** Whether the identity is an editor's or chief's (from a verified token). */
    static boolean editor(SecurityIdentity identity) {
        return identity != null && !identity.isAnonymous()
                && (identity.hasRole(CurrentUser.EDITOR) || identity.hasRole(CurrentUser.CHIEF));
    }

    private static void proceed(RoutingContext rc, GraphQLRequest request, boolean persisted) {
        rc.put(REQUEST, request);
        rc.put(PERSISTED, persisted);
        rc.next();
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

    private volatile String sdl;

    /** The served schema's SDL, printed once. */
    private String sdl() {
        String s = sdl;
        if (s == null) {
            s = sdl = SchemaDocument.of(schema());
        }
        return s;
    }

    private GraphQLSchema schema() {
        GraphQLSchema s = schema;
        if (s == null) {
            s = schema = Arc.container().instance(GraphQLSchema.class).get();
        }
        return s;
    }

    /** Answers from the cache, or refuses, or has the operation run; on the event loop, without blocking. */
    private void execute(RoutingContext rc) {
        GraphQLRequest request = rc.get(REQUEST);
        String mediaType = mediaType(rc);
        boolean get = rc.request().method() == HttpMethod.GET;
        boolean reader = rc.request().getHeader(HttpHeaders.AUTHORIZATION) == null;
        ResponseCache.Key key = get && reader && responses.enabled()
                ? new ResponseCache.Key(request.query(), request.operationName(),
                        request.variables() == null ? "" : request.variables().encode(), mediaType)
                : null;
        ResponseCache.Entry hit = key == null ? null : responses.get(key);
        Document document;
        OperationDefinition operation;
        try {
            document = document(request.query());
            operation = operation(document, request.operationName());
        } catch (InvalidSyntaxException e) {
            answerError(rc, mediaType.equals(GRAPHQL_RESPONSE) ? 400 : 200, e.getMessage(), "GRAPHQL_PARSE_FAILED");
            return;
        }
        if (operation != null) {
            metrics.operation(rc, operation, name -> rootField(operation.getOperation(), name));
        }
        if (hit != null) {
            answer(rc, 200, mediaType, hit.body(), hit.etag(), hit.surrogateKey());
            return;
        }
        // a cached answer's document was valid when it was cached
        String unadvertised = SchemaShape.unadvertisedDirective(request.query(), document);
        if (unadvertised != null) {
            answerError(rc, mediaType.equals(GRAPHQL_RESPONSE) ? 400 : 200, "Unknown directive \"@" + unadvertised
                    + "\": this service does not offer it (answers arrive whole)", "GRAPHQL_VALIDATION_FAILED");
            return;
        }
        if (operation != null && operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
            // over HTTP a subscription would answer its event stream's Java object: it is for WebSocket only
            answerError(rc, 400, "Subscriptions are served over WebSocket (graphql-transport-ws) at this path, not over "
                    + rc.request().method(), "SUBSCRIPTION_NEEDS_WEBSOCKET");
            return;
        }
        if (get && operation != null && operation.getOperation() != OperationDefinition.Operation.QUERY) {
            rc.response().putHeader(HttpHeaders.ALLOW, "POST");
            answerError(rc, 405, "Mutations are sent with POST, never with GET", "METHOD_NOT_ALLOWED");
            return;
        }
        long since = responses.now();
        // in trusted-documents mode the runner lets readers run only registered documents
        boolean trusted = !config.trustedDocumentsOnly() || Boolean.TRUE.equals(rc.get(PERSISTED));
        runner.run(rc, request, document, schema(), trusted, key != null, outcome -> write(rc, mediaType, key, since, outcome));
    }

    /** Writes what the runner made of the operation: status by media type, ETag and cache for readers. */
    private void write(RoutingContext rc, String mediaType, ResponseCache.Key key, long since, OperationRunner.Outcome outcome) {
        if (outcome.errorCode() != null) {
            int status = switch (outcome.errorCode()) {
                case "TIMEOUT" -> 503;
                case "OVERLOADED" -> {
                    rc.response().putHeader(HttpHeaders.RETRY_AFTER, "1");
                    yield 503;
                }
                case "TRUSTED_DOCUMENT_REQUIRED" -> 403;
                case "INTERNAL_SERVER_ERROR" -> 500;
                default -> mediaType.equals(GRAPHQL_RESPONSE) ? 400 : 200;
            };
            answerError(rc, status, outcome.errorMessage(), outcome.errorCode());
            return;
        }
        GraphQLMetrics.errors(rc, outcome.codes());
        if (config.plans().executionHeader()) {
            rc.response().putHeader(OperationRunner.EXECUTION_HEADER, outcome.planned() ? "planned" : "graphql-java");
        }
        String body = new String(outcome.body(), StandardCharsets.UTF_8);
        if (outcome.hasErrors()) {
            answer(rc, mediaType.equals(GRAPHQL_RESPONSE) && !outcome.dataPresent() ? 400 : 200, mediaType, body, null, null);
        } else if (key != null) {
            ResponseCache.Entry entry = new ResponseCache.Entry(body, etag(body, mediaType), outcome.tags(), purge.surrogateKey(outcome.tags()), since);
            responses.put(key, entry);
            answer(rc, 200, mediaType, body, entry.etag(), entry.surrogateKey());
        } else {
            answer(rc, 200, mediaType, body, null, null);
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
    private static void answer(RoutingContext rc, int status, String mediaType, String body, String etag, String surrogateKey) {
        if (rc.response().closed() || rc.response().ended()) {
            return; // the client has gone, or was answered already (a deadline)
        }
        if (etag != null) {
            rc.put(CACHEABLE, Boolean.TRUE);
            rc.response().putHeader(HttpHeaders.ETAG, etag);
            if (surrogateKey != null) {
                rc.response().putHeader("Surrogate-Key", surrogateKey); // what a CDN purges it by (CdnPurge)
            }
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
        answer(rc, status, mediaType, new JsonObject().put("errors", new JsonArray().add(error)).encode(), null, null);
    }

    /** The media type GraphQLOverHttp negotiated for this request. */
    static String mediaType(RoutingContext rc) {
        String negotiated = rc.get(GraphQLOverHttp.MEDIA_TYPE);
        return negotiated != null ? negotiated : JSON;
    }

    /**
     * A strong entity tag: the base64url sha256 of the media type and the body. The same body served as
     * application/json and as application/graphql-response+json is two representations, so two tags (RFC 9110).
     */
    static String etag(String body, String mediaType) {
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Digests.sha256(mediaType + "\n" + body)) + "\"";
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
