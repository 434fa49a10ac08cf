package org.newsroom.facts.delivery;

import graphql.language.Document;
import graphql.parser.Parser;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * {@code GET /claims/{id}.jsonld}: a published, reviewed claim's schema.org ClaimReview markup as
 * {@code application/ld+json}, read through the GraphQL API ({@code claim(id) { claimReviewJsonLd }}) with the rules of
 * readers' GET queries ({@link ReaderDocuments}); 404 for drafts, unreviewed and unknown claims.
 */
@ApplicationScoped
public class ClaimReviewDocuments {

    static final String MEDIA_TYPE = "application/ld+json";
    static final String QUERY = "query ClaimReviewDocument($id: ID!) { claim(id: $id) { claimReviewJsonLd } }";
    private static final Document DOCUMENT = Parser.parse(QUERY);

    @Inject
    ReaderDocuments documents;

    void register(@Observes Router router) {
        router.getWithRegex("/claims/([0-9]{1,18})\\.jsonld").handler(rc -> documents.serve(rc, QUERY, DOCUMENT,
                new JsonObject().put("id", rc.pathParam("param0")), MEDIA_TYPE,
                data -> data.getJsonObject("claim") == null ? null : data.getJsonObject("claim").getString("claimReviewJsonLd"),
                "No published fact-check of a claim has this id"));
    }
}
