package org.newsroom.facts.delivery;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Documents readers GET outside {@code /graphql} — a claim's ClaimReview JSON-LD, the embeddable fact box — made from
 * the answer of a GraphQL query of the service's own API, with the rules of readers' GET queries: the reader cache
 * (dropped by the answer's cache tags), a strong ETag (304 on If-None-Match), the shared Cache-Control and the
 * Surrogate-Key header; 404 when the query finds nothing to render.
 */
@ApplicationScoped
public class ReaderDocuments {

    private final ResponseCache responses;
    private final OperationRunner runner;
    private final CdnPurge purge;
    private final String shared;

    public ReaderDocuments(ResponseCache responses, OperationRunner runner, CdnPurge purge, DeliveryConfig config) {
        this.responses = responses;
        this.runner = runner;
        this.purge = purge;
        this.shared = "public, max-age=" + config.maxAgeSeconds();
    }

    /**
     * Answers the request with the rendered document.
     *
     * @param render the document made from the answer's {@code data}, or null when there is nothing to show (404)
     */
    public void serve(RoutingContext rc, String query, Document document, JsonObject variables, String mediaType,
            Function<JsonObject, String> render, String notFound) {
        serve(rc, query, document, variables, null, mediaType, render, notFound);
    }

    /**
     * Answers the request with the rendered document, which also depends on {@code variant} (what the rendering takes
     * from the request besides the query's variables, such as the address it was asked at): cached per variant.
     */
    public void serve(RoutingContext rc, String query, Document document, JsonObject variables, String variant, String mediaType,
            Function<JsonObject, String> render, String notFound) {
        boolean reader = rc.request().getHeader(HttpHeaders.AUTHORIZATION) == null;
        ResponseCache.Key key = reader && responses.enabled() ? new ResponseCache.Key(query, variant, variables.encode(), mediaType) : null;
        ResponseCache.Entry hit = key == null ? null : responses.get(key);
        if (hit != null) {
            answer(rc, hit, reader, mediaType);
            return;
        }
        long since = responses.now();
        GraphQLSchema schema = Arc.container().instance(GraphQLSchema.class).get();
        runner.run(rc, new GraphQLRequest(query, null, variables, null), document, schema, true, key != null, outcome -> {
            if (rc.response().closed() || rc.response().ended()) {
                return;
            }
            if (outcome.errorCode() != null || outcome.hasErrors()) {
                plain(rc, "TIMEOUT".equals(outcome.errorCode()) || "OVERLOADED".equals(outcome.errorCode()) ? 503 : 500,
                        "The document could not be made");
                return;
            }
            String body = render.apply(new JsonObject(new String(outcome.body(), StandardCharsets.UTF_8)).getJsonObject("data"));
            if (body == null) {
                plain(rc, 404, notFound);
                return;
            }
            ResponseCache.Entry entry = new ResponseCache.Entry(body, GraphQLEndpoint.etag(body, mediaType), outcome.tags(),
                    purge.surrogateKey(outcome.tags()), since);
            if (key != null) {
                responses.put(key, entry);
            }
            answer(rc, entry, reader, mediaType);
        });
    }

    private void answer(RoutingContext rc, ResponseCache.Entry entry, boolean reader, String mediaType) {
        rc.response().putHeader(HttpHeaders.ETAG, entry.etag())
                .putHeader(HttpHeaders.CACHE_CONTROL, reader ? shared : "private, no-store")
                .putHeader(HttpHeaders.VARY, "Authorization");
        if (entry.surrogateKey() != null) {
            rc.response().putHeader("Surrogate-Key", entry.surrogateKey());
        }
        if (GraphQLEndpoint.matches(rc.request().getHeader(HttpHeaders.IF_NONE_MATCH), entry.etag())) {
            rc.response().setStatusCode(304).end();
            return;
        }
        rc.response().setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8").end(entry.body());
    }

    /** A plain-text refusal that no cache keeps. */
    static void plain(RoutingContext rc, int status, String message) {
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8").end(message);
    }
}
