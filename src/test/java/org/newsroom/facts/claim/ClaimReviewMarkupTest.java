package org.newsroom.facts.claim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The ClaimReview markup of a reviewed claim, checked against the properties Google's fact-check structured data
 * requires and recommends, and served at /claims/{id}.jsonld with the caching rules of GET queries.
 * (The schema.org types are checked by src/test/node/claim-review.test.mjs with schema-dts.)
 */
@QuarkusTest
class ClaimReviewMarkupTest {

    static String kremlinClaim() {
        return GraphQL.reader().send("{ claims(filter: { rating: UNPROVEN, claimant: \"" + Inputs.sourceId("The Kremlin") + "\" }) { nodes { id } } }")
                .extract().path("data.claims.nodes[0].id");
    }

    @Test
    void theMarkupHasGooglesRequiredAndRecommendedProperties() {
        String id = kremlinClaim();
        String markup = GraphQL.reader().send("query($id: ID!) { claim(id: $id) { claimReviewJsonLd } }", "id", id)
                .extract().path("data.claim.claimReviewJsonLd");
        JsonPath ld = new JsonPath(markup);
        // required
        assertEquals("https://schema.org", ld.getString("'@context'"));
        assertEquals("ClaimReview", ld.getString("'@type'"));
        assertEquals("The Kremlin claimed that it had fully expelled Ukrainian forces from Kursk Oblast (April 2025).", ld.getString("claimReviewed"));
        assertEquals("Rating", ld.getString("reviewRating.'@type'"));
        assertEquals("Unproven", ld.getString("reviewRating.alternateName"));
        assertEquals("https://facts.example.org/claims/" + id, ld.getString("url"));
        // recommended
        assertEquals("Organization", ld.getString("author.'@type'"));
        assertEquals("Newsroom Facts", ld.getString("author.name"));
        assertTrue(ld.getString("datePublished").matches("\\d{4}-\\d{2}-\\d{2}"), ld.getString("datePublished"));
        assertEquals(5, ld.getInt("reviewRating.bestRating"));
        assertEquals(1, ld.getInt("reviewRating.worstRating"));
        assertTrue(ld.getMap("reviewRating").containsKey("alternateName") && !ld.getMap("reviewRating").containsKey("ratingValue"),
                "UNPROVEN is off the numeric scale: no ratingValue");
        assertEquals("Claim", ld.getString("itemReviewed.'@type'"));
        assertEquals("The Kremlin", ld.getString("itemReviewed.author.name"));
        assertEquals("http://en.kremlin.ru", ld.getString("itemReviewed.author.url"));
        assertEquals("2025-04", ld.getString("itemReviewed.datePublished"));
        assertEquals("CreativeWork", ld.getString("itemReviewed.appearance[0].'@type'"));
        assertEquals("The Kremlin", ld.getString("itemReviewed.firstAppearance.author.name"));
        Set<String> known = Set.of("@context", "@type", "url", "claimReviewed", "datePublished", "author", "reviewRating", "itemReviewed");
        assertTrue(known.containsAll(ld.getMap("").keySet()), "only ClaimReview properties: " + ld.getMap("").keySet());
    }

    @Test
    void theMarkupIsServedAsJsonLdWithTheCachingRulesOfGetQueries() {
        String id = kremlinClaim();
        var first = given().get("/claims/" + id + ".jsonld").then().statusCode(200)
                .header("Content-Type", containsString("application/ld+json"))
                .header("Cache-Control", containsString("public"))
                .header("Surrogate-Key", containsString("f:" + id))
                .header("ETag", notNullValue())
                .body("'@type'", equalTo("ClaimReview"))
                .body("reviewRating.alternateName", equalTo("Unproven"))
                .extract();
        given().header("If-None-Match", first.header("ETag")).get("/claims/" + id + ".jsonld").then().statusCode(304);
        given().get("/claims/999999.jsonld").then().statusCode(404).header("Cache-Control", equalTo("no-store"));
        String unreviewed = GraphQL.reader().send("{ claims(filter: { reviewed: false }) { nodes { id } } }").extract().path("data.claims.nodes[0].id");
        given().get("/claims/" + unreviewed + ".jsonld").then().statusCode(404);
    }

    @Test
    void aDraftHasNoMarkupUntilItIsPublished() {
        Map<String, Object> in = ClaimApiTest.input("its air defences shot down every drone");
        in.put("review", Map.of("rating", "FALSE", "explanation", "Footage shows several drones reaching their targets."));
        in.put("appearances", List.of(Map.of("url", "https://kremlin.example/statement", "title", "Statement on air defence", "first", true)));
        String id = GraphQL.editor().send(ClaimApiTest.CREATE, "input", in).body("errors", nullValue())
                .extract().path("data.createClaim.id");
        given().get("/claims/" + id + ".jsonld").then().statusCode(404);
        GraphQL.reader().send("query($id: ID!) { claim(id: $id) { id } }", "id", id).body("data.claim", nullValue());
        GraphQL.chief().send(ClaimApiTest.PUBLISH, "id", id, "v", 1).body("errors", nullValue());
        // positive control: the same address answers once the chief has published the claim
        given().get("/claims/" + id + ".jsonld").then().statusCode(200)
                .body("reviewRating.ratingValue", equalTo(1))
                .body("reviewRating.alternateName", equalTo("False"))
                .body("itemReviewed.appearance.url", hasItem("https://kremlin.example/statement"))
                .body("itemReviewed.firstAppearance.headline", equalTo("Statement on air defence"));
    }
}
