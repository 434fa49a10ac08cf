package org.newsroom.facts.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;

import io.quarkus.test.junit.QuarkusTest;

/** The embeddable fact box: an HTML fragment with the rules of readers' GET queries; 404 for drafts and unknown ids. */
@QuarkusTest
class FactBoxTest {

    static String kremlinClaim() {
        return GraphQL.reader().send("{ claims(filter: { rating: UNPROVEN }) { nodes { id claimant { name } } } }")
                .extract().path("data.claims.nodes.find { it.claimant.name == 'The Kremlin' }.id");
    }

    @Test
    void aReviewedClaimsBoxHasItsVerdictAndMarkup() {
        String id = kremlinClaim();
        var first = given().get("/embed/facts/" + id).then().statusCode(200)
                .header("Content-Type", containsString("text/html"))
                .header("Cache-Control", containsString("public"))
                .header("Surrogate-Key", containsString("f:" + id))
                .header("ETag", notNullValue())
                .body(containsString("<aside class=\"nf-factbox\""))
                .body(containsString("The Kremlin claimed that it had fully expelled Ukrainian forces from Kursk Oblast (April 2025)."))
                .body(containsString("According to The Kremlin and The demo story."))
                .body(containsString("Our verdict: <strong>Unproven</strong>"))
                .body(containsString("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"ClaimReview\""))
                .body(not(containsString("<script>"))).extract();
        given().header("If-None-Match", first.header("ETag")).get("/embed/facts/" + id).then().statusCode(304);
        given().get("/embed/facts/" + id + "?lang=ko").then().statusCode(200).body(containsString("러시아"));
        given().get("/embed/facts/" + id + "?lang=<b>").then().statusCode(400);
    }

    @Test
    void draftsAndUnknownIdsAreNotFound() {
        String draft = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment("SC", "RU")).extract().path("data.createDeployment.id");
        given().get("/embed/facts/" + draft).then().statusCode(404).header("Cache-Control", equalTo("no-store"));
        given().header("Authorization", "Bearer " + org.newsroom.facts.support.Tokens.editor("erin")).get("/embed/facts/" + draft).then().statusCode(404);
        given().get("/embed/facts/999999").then().statusCode(404);
        GraphQL.chief().send("mutation($id: ID!) { publishFact(id: $id, expectedVersion: 1) { status } }", "id", draft).body("errors", nullValue());
        given().get("/embed/facts/" + draft).then().statusCode(200) // positive control: published, it has a box
                .body(containsString("Seychelles sent about 500 workers to Russia (August 2024)."));
    }

    @Test
    void aCorrectedAndRetractedFactShowsItsNotesNewestFirstAndTheMark() {
        String id = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment("MU", "RU")).extract().path("data.createDeployment.id");
        GraphQL.chief().send("mutation($id: ID!) { publishFact(id: $id, expectedVersion: 1) { status } }", "id", id).body("errors", nullValue());
        given().get("/embed/facts/" + id).then().statusCode(200).body(not(containsString("<h2>Corrections</h2>"))).body(not(containsString("<p class=\"nf-mark\">")))
                .body(not(containsString("CorrectionComment")));
        given().queryParam("url", box(id)).get("/oembed").then().statusCode(200).body("html", not(containsString("Corrections")));
        String correction = GraphQL.editor().send("mutation($in: CorrectionInput!) { submitCorrection(input: $in) { id } }", "in", Map.of(
                "factId", id, "reason", "r", "publicNote", "An earlier version said <500> workers.", "verification", "DISPUTED"))
                .body("errors", nullValue()).extract().path("data.submitCorrection.id");
        GraphQL.as(org.newsroom.facts.support.Tokens.chief("chris")).send("mutation($id: ID!) { reviewCorrection(id: $id, decision: APPROVE) { status } }",
                "id", correction).body("errors", nullValue());
        GraphQL.chief().send("mutation($id: ID!) { retractFact(id: $id, expectedVersion: 3, reason: \"The report was withdrawn.\") { status } }",
                "id", id).body("errors", nullValue());
        String html = given().get("/embed/facts/" + id).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("<p class=\"nf-mark\">Retracted</p>"), html);
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("An earlier version said &lt;500&gt; workers."), "escaped: " + html);
        org.junit.jupiter.api.Assertions.assertTrue(html.indexOf("The report was withdrawn.") < html.indexOf("An earlier version"),
                "newest note first: " + html);
        // the notes as schema.org CorrectionComments of the box, newest first
        io.vertx.core.json.JsonObject work = jsonLd(html).stream().filter(j -> "CreativeWork".equals(j.getString("@type"))).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals(box(id), work.getString("url"));
        io.vertx.core.json.JsonArray notes = work.getJsonArray("correction");
        org.junit.jupiter.api.Assertions.assertEquals(2, notes.size(), work.encode());
        org.junit.jupiter.api.Assertions.assertEquals("CorrectionComment", notes.getJsonObject(0).getString("@type"));
        org.junit.jupiter.api.Assertions.assertEquals("The report was withdrawn.", notes.getJsonObject(0).getString("text"));
        org.junit.jupiter.api.Assertions.assertEquals("An earlier version said <500> workers.", notes.getJsonObject(1).getString("text"));
        java.time.OffsetDateTime.parse(notes.getJsonObject(1).getString("datePublished"));
        // the oEmbed answer was dropped from the reader cache with the box: it shows the notes now
        given().queryParam("url", box(id)).get("/oembed").then().statusCode(200).body("html", containsString("The report was withdrawn."));
    }

    /** The box's address as the test's requests reach it. */
    private static String box(String id) {
        return io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/embed/facts/" + id;
    }

    /** Every JSON-LD block of a box. */
    private static java.util.List<io.vertx.core.json.JsonObject> jsonLd(String html) {
        java.util.List<io.vertx.core.json.JsonObject> blocks = new java.util.ArrayList<>();
        String open = "<script type=\"application/ld+json\">";
        for (int at = html.indexOf(open); at >= 0; at = html.indexOf(open, at + 1)) {
            int start = at + open.length();
            blocks.add(new io.vertx.core.json.JsonObject(html.substring(start, html.indexOf("</script>", start))));
        }
        return blocks;
    }

    @Test
    void theBoxLinksToItsOEmbedAnswerWhichCarriesTheBox() {
        String id = kremlinClaim();
        String html = given().get("/embed/facts/" + id).then().statusCode(200).extract().asString();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("<link rel=\"alternate\" type=\"application/json\\+oembed\" href=\"([^\"]+)\"")
                .matcher(html);
        org.junit.jupiter.api.Assertions.assertTrue(link.find(), html);
        String href = org.apache.commons.text.StringEscapeUtils.unescapeHtml4(link.group(1));
        org.junit.jupiter.api.Assertions.assertEquals(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/oembed?url="
                + java.net.URLEncoder.encode(box(id), java.nio.charset.StandardCharsets.UTF_8) + "&format=json", href);
        var first = given().urlEncodingEnabled(false).get(href).then().statusCode(200)
                .header("Content-Type", containsString("application/json"))
                .header("Cache-Control", containsString("public"))
                .header("Surrogate-Key", containsString("f:" + id))
                .body("version", equalTo("1.0")).body("type", equalTo("rich"))
                .body("title", equalTo("The Kremlin claimed that it had fully expelled Ukrainian forces from Kursk Oblast (April 2025)."))
                .body("provider_name", equalTo("Newsroom Facts"))
                .body("width", equalTo(640)).body("height", equalTo(320)).body("cache_age", equalTo(5))
                .body("html", containsString("<aside class=\"nf-factbox\" lang=\"en\" aria-label=\"Fact box\" style=\"max-width:640px\">"))
                .body("html", containsString("Our verdict: <strong>Unproven</strong>"))
                .body("html", not(containsString("<link"))).extract();
        given().urlEncodingEnabled(false).header("If-None-Match", first.header("ETag")).get(href).then().statusCode(304);
        // a consumer's smaller size, and the box in another language, from the address's own ?lang=
        given().queryParam("url", box(id) + "?lang=ko&utm_source=cms").queryParam("maxwidth", 300).queryParam("maxheight", 200).get("/oembed")
                .then().statusCode(200).body("width", equalTo(300)).body("height", equalTo(200))
                .body("html", containsString("style=\"max-width:300px;max-height:200px;overflow:auto\""))
                .body("html", containsString("러시아"));
        given().queryParam("url", box(id)).queryParam("maxwidth", 4000).get("/oembed").then().statusCode(200).body("width", equalTo(640));
    }

    @Test
    void oEmbedRefusesWhatItCannotAnswerInPlainWords() {
        String id = kremlinClaim();
        given().queryParam("url", box(id)).queryParam("format", "xml").get("/oembed").then().statusCode(501);
        given().get("/oembed").then().statusCode(400).body(containsString("url is required"));
        given().queryParam("url", box(id)).queryParam("maxwidth", "wide").get("/oembed").then().statusCode(400)
                .body(equalTo("maxwidth must be a whole number of pixels from 1 to 10000"));
        given().queryParam("url", box(id)).queryParam("maxheight", 0).get("/oembed").then().statusCode(400);
        given().queryParam("url", box(id) + "?lang=%3Cb%3E").get("/oembed").then().statusCode(400).body(containsString("lang"));
        for (String notABox : new String[] { "/claims/" + id + ".jsonld", "ftp://localhost/embed/facts/" + id, "not a url at all",
                io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/embed/facts/999999" }) {
            given().queryParam("url", notABox.startsWith("/") ? box(id).replace("/embed/facts/" + id, notABox) : notABox).get("/oembed")
                    .then().statusCode(404).header("Cache-Control", equalTo("no-store"));
        }
        String draft = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment("NU", "RU")).extract().path("data.createDeployment.id");
        given().queryParam("url", box(draft)).get("/oembed").then().statusCode(404);
        given().queryParam("url", box(id)).get("/oembed").then().statusCode(200); // positive control: the same request for a box
    }

    /**
     * A source an editor named {@code The Kremlin <!--<script>} reaches the box's JSON-LD block: escaping only "</" left
     * "<!--" and "<script", which keep the block open in a browser (the host page after the box disappears). No "<",
     * ">" or "&" may stand in the block; the JSON still says the same.
     */
    @Test
    void storedTextCannotBreakOutOfTheJsonLdBlock() {
        String name = "The Kremlin <!--<script> & co";
        String source = GraphQL.editor().send("mutation($n: String!) { createSource(input: { name: $n, kind: GOVERNMENT }) { id } }", "n", name)
                .body("errors", nullValue()).extract().path("data.createSource.id");
        String claim = GraphQL.editor().send("mutation($in: ClaimInput!) { createClaim(input: $in) { id } }", "in", Map.of(
                "claimantId", source, "statement", "the <b>border</b> is closed", "countries", java.util.List.of("RU"),
                "review", Map.of("rating", "FALSE", "explanation", "It is open </script><script>alert(1)</script>.\u2028\u2029"),
                "citations", java.util.List.of(Map.of("sourceId", source)))).body("errors", nullValue()).extract().path("data.createClaim.id");
        GraphQL.chief().send("mutation($id: ID!) { publishFact(id: $id, expectedVersion: 1) { status } }", "id", claim).body("errors", nullValue());
        String html = given().get("/embed/facts/" + claim).then().statusCode(200).extract().asString();
        String open = "<script type=\"application/ld+json\">";
        int start = html.indexOf(open) + open.length();
        String block = html.substring(start, html.indexOf("</script>", start));
        org.junit.jupiter.api.Assertions.assertTrue(start > open.length(), html);
        for (String unsafe : new String[] { "<", ">", "&", "\u2028", "\u2029" }) {
            org.junit.jupiter.api.Assertions.assertFalse(block.contains(unsafe), "no " + unsafe + " in " + block);
        }
        io.vertx.core.json.JsonObject jsonLd = new io.vertx.core.json.JsonObject(block);
        org.junit.jupiter.api.Assertions.assertTrue(jsonLd.encode().contains(name), jsonLd.encode());
        org.junit.jupiter.api.Assertions.assertTrue(html.endsWith("</aside>\n") || html.trim().endsWith("</aside>"), "the box closes: " + html);
    }
}
