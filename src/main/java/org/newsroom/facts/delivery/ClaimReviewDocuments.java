package org.newsroom.facts.delivery;

import java.nio.charset.StandardCharsets;

import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code GET /claims/{id}.jsonld}: a published, reviewed claim's schema.org ClaimReview markup as
 * {@code application/ld+json}, read through the GraphQL API ({@code claim(id) { claimReviewJsonLd }}) with the rules of
 * readers' GET queries: the reader cache, a strong ETag (304 on If-None-Match), the shared Cache-Control and the
 * Surrogate-Key header; 404 for drafts, unreviewed and unknown claims.
 */
@ApplicationScoped
public class ClaimReviewDocuments {

    static final String MEDIA_TYPE = "application/ld+json";
    static final String QUERY = "query ClaimReviewDocument($id: ID!) { claim(id: $id) { claimReviewJsonLd } }";
    private static final Document DOCUMENT = Parser.parse(QUERY);

    private final ResponseCache responses;
    private final OperationRunner runner;
    private final CdnPurge purge;
    private final String shared;

    public ClaimReviewDocuments(ResponseCache responses, OperationRunner runner, CdnPurge purge, DeliveryConfig config) {
        this.responses = responses;
        this.runner = runner;
        this.purge = purge;
        this.shared = "public, max-age=" + config.maxAgeSeconds();
    }

    void register(@Observes Router router) {
        router.getWithRegex("/claims/([0-9]{1,18})\\.jsonld").handler(this::serve);
    }

    private void serve(RoutingContext rc) {
        String id = rc.pathParam("param0");
        boolean reader = rc.request().getHeader(HttpHeaders.AUTHORIZATION) == null;
        JsonObject variables = new JsonObject().put("id", id);
        ResponseCache.Key key = reader && responses.enabled() ? new ResponseCache.Key(QUERY, null, variables.encode(), MEDIA_TYPE) : null;
        ResponseCache.Entry hit = key == null ? null : responses.get(key);
        if (hit != null) {
            answer(rc, hit, reader);
            return;
        }
        long since = responses.now();
        GraphQLSchema schema = Arc.container().instance(GraphQLSchema.class).get();
        runner.run(rc, new GraphQLRequest(QUERY, null, variables, null), DOCUMENT, schema, true, key != null, outcome -> {
            if (rc.response().closed() || rc.response().ended()) {
                return;
            }
            String markup = outcome.errorCode() != null || outcome.hasErrors() ? null : markup(outcome.body());
            if (outcome.errorCode() != null || outcome.hasErrors()) {
                plain(rc, "TIMEOUT".equals(outcome.errorCode()) || "OVERLOADED".equals(outcome.errorCode()) ? 503 : 500,
                        "The fact-check could not be read");
            } else if (markup == null) {
                plain(rc, 404, "No published fact-check of a claim has this id");
            } else {
                ResponseCache.Entry entry = new ResponseCache.Entry(markup, GraphQLEndpoint.etag(markup), outcome.tags(),
                        purge.surrogateKey(outcome.tags()), since);
                if (key != null) {
                    responses.put(key, entry);
                }
                answer(rc, entry, reader);
            }
        });
    }

    private static String markup(byte[] body) {
        JsonObject claim = new JsonObject(new String(body, StandardCharsets.UTF_8)).getJsonObject("data").getJsonObject("claim");
        return claim == null ? null : claim.getString("claimReviewJsonLd");
    }

    private void answer(RoutingContext rc, ResponseCache.Entry entry, boolean reader) {
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
        rc.response().setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE + "; charset=utf-8").end(entry.body());
    }

    private static void plain(RoutingContext rc, int status, String message) {
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8").end(message);
    }
}
