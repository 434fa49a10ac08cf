package org.newsroom.facts.usage;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.Corrections;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * Versions as printed: a claim published (version 2), corrected with new evidence (3) and printed by two pages at 2
 * and 3, then its claimant renamed (4). Each page's printed version reads as it read then — the summary and the
 * attribution with the names of then, the citations that counted then — and its changes since name each changed
 * field and the public notes in between; readers see the public versions, editors every one; the fact box shows a
 * past version, marked, with a link to the current one.
 */
@QuarkusTest
class VersionsAsPrintedTest {

    static final GraphQL CMS = GraphQL.as(Tokens.token("cms-versions", "cms"));
    static final String REGISTER = "mutation($f: ID!, $u: String!) { registerUsage(factId: $f, url: $u) { factVersion } }";
    static final String PAGES = """
            query StalePages($id: ID!) { fact(id: $id) { version summary usedIn { url factVersion needsUpdate
              printed { version current status summary attribution citations { sourceName } corrections { text } }
              changesSince { fromVersion toVersion changes { field from to } corrections { text } } } } }""";
    static final String AS_OF = "query($id: ID!, $v: Int!) { fact(id: $id) { version asOfVersion(version: $v) { version current status summary attribution "
            + "figure { value unit } period { start } corrections { text } } } }";

    @Inject
    SessionFactory sessionFactory;

    /** A source named {@code name}; returns its id. */
    static String source(String name, String kind) {
        return GraphQL.editor().send("mutation($n: String!, $k: SourceKind!) { createSource(input: { name: $n, kind: $k }) { id } }", "n", name, "k", kind)
                .body("errors", nullValue()).extract().path("data.createSource.id");
    }

    /** The claim, published (2), corrected with evidence from {@code wire} (3), printed by page a at 2 and page b at 3, claimant renamed (4). */
    static String[] story(String tag) {
        String ministry = source("Versions " + tag + " Ministry", "GOVERNMENT");
        String wire = source("Versions " + tag + " Wire", "NEWS_AGENCY");
        Map<String, Object> in = new HashMap<>();
        in.put("claimantId", ministry);
        in.put("statement", "its harbour had reopened");
        in.put("claimedOn", Map.of("start", "2025-03-01", "precision", "MONTH"));
        in.put("countries", List.of("TV"));
        in.put("citations", List.of(Map.of("sourceId", ministry)));
        String id = GraphQL.editor().send("mutation($in: ClaimInput!) { createClaim(input: $in) { id } }", "in", in).body("errors", nullValue())
                .extract().path("data.createClaim.id");
        GraphQL.chief().send(Corrections.PUBLISH, "id", id, "v", 1).body("errors", nullValue());
        String a = "https://news.example/versions/" + tag + "/a";
        String b = "https://news.example/versions/" + tag + "/b";
        CMS.send(REGISTER, "f", id, "u", a).body("data.registerUsage.factVersion", equalTo(2));
        Map<String, Object> correction = new HashMap<>();
        correction.put("factId", id);
        correction.put("reason", "The ministry said April");
        correction.put("publicNote", "An earlier version gave the wrong month.");
        correction.put("claim", Map.of("claimedOn", Map.of("start", "2025-04-01", "precision", "MONTH")));
        correction.put("evidence", Map.of("sourceId", wire, "title", "The wire's report"));
        String c = Corrections.submit(GraphQL.editor(), correction);
        GraphQL.as(Tokens.chief("chris")).send(Corrections.REVIEW, "id", c, "d", "APPROVE", "n", null).body("errors", nullValue());
        CMS.send(REGISTER, "f", id, "u", b).body("data.registerUsage.factVersion", equalTo(3));
        GraphQL.editor().send("mutation($id: ID!, $n: String!) { updateSource(id: $id, expectedVersion: 1, input: { name: $n, kind: GOVERNMENT }) { version } }",
                "id", ministry, "n", "Versions " + tag + " Ministry of Transport").body("errors", nullValue());
        return new String[] { id, a, b };
    }

    @Test
    void eachPageReadsWhatItPrintedAndWhatChangedSince() {
        String[] s = story("one");
        JsonPath pages = CMS.send(PAGES, "id", s[0]).body("errors", nullValue()).extract().jsonPath();
        assertEquals(4, pages.getInt("data.fact.version"), "the rename is a version");
        assertEquals("Versions one Ministry of Transport claimed that its harbour had reopened (April 2025).", pages.getString("data.fact.summary"));
        String a = "data.fact.usedIn.find { it.url == '" + s[1] + "' }";
        String b = "data.fact.usedIn.find { it.url == '" + s[2] + "' }";
        // page a printed version 2: the old month, the old name, one citation, no correction yet
        assertEquals(2, pages.getInt(a + ".printed.version"));
        assertEquals(false, pages.getBoolean(a + ".printed.current"));
        assertEquals("PUBLISHED", pages.getString(a + ".printed.status"));
        assertEquals("Versions one Ministry claimed that its harbour had reopened (March 2025).", pages.getString(a + ".printed.summary"));
        assertEquals("according to Versions one Ministry", pages.getString(a + ".printed.attribution"));
        assertEquals(List.of("Versions one Ministry"), pages.getList(a + ".printed.citations.sourceName"));
        assertEquals(List.of(), pages.getList(a + ".printed.corrections"));
        assertEquals(true, pages.getBoolean(a + ".needsUpdate"));
        assertEquals(2, pages.getInt(a + ".changesSince.fromVersion"));
        assertEquals(4, pages.getInt(a + ".changesSince.toVersion"));
        Map<String, Map<String, String>> changesOfA = byField(pages.getList(a + ".changesSince.changes"));
        assertEquals(Map.of("field", "summary", "from", "Versions one Ministry claimed that its harbour had reopened (March 2025).",
                "to", "Versions one Ministry of Transport claimed that its harbour had reopened (April 2025)."), changesOfA.get("summary"));
        assertEquals(Map.of("field", "attribution", "from", "according to Versions one Ministry",
                "to", "according to Versions one Ministry of Transport and Versions one Wire"), changesOfA.get("attribution"));
        assertEquals(Map.of("field", "claimedOn.start", "from", "2025-03-01", "to", "2025-04-01"), changesOfA.get("claimedOn.start"));
        assertEquals(List.of("An earlier version gave the wrong month."), pages.getList(a + ".changesSince.corrections.text"));
        // page b printed version 3: the new month and the evidence, but the name of then; since: the rename only
        assertEquals("Versions one Ministry claimed that its harbour had reopened (April 2025).", pages.getString(b + ".printed.summary"));
        assertEquals("according to Versions one Ministry and Versions one Wire", pages.getString(b + ".printed.attribution"));
        assertEquals(List.of("An earlier version gave the wrong month."), pages.getList(b + ".printed.corrections.text"));
        Map<String, Map<String, String>> changesOfB = byField(pages.getList(b + ".changesSince.changes"));
        assertEquals(java.util.Set.of("summary", "attribution"), changesOfB.keySet(), "a rename changes what is printed, no field");
        assertEquals(List.of(), pages.getList(b + ".changesSince.corrections"), "a rename is no correction");
        // once the page confirms, it printed the version of now and nothing changed since
        CMS.send(REGISTER, "f", s[0], "u", s[2]).body("data.registerUsage.factVersion", equalTo(4));
        CMS.send(PAGES, "id", s[0]).body(b + ".printed.current", equalTo(true)).body(b + ".changesSince.changes.size()", equalTo(0))
                .body(b + ".changesSince.corrections.size()", equalTo(0));
    }

    @Test
    void readersSeeThePublicVersionsAndEditorsEveryOne() {
        String id = story("two")[0];
        GraphQL.reader().send(AS_OF, "id", id, "v", 2).body("errors", nullValue())
                .body("data.fact.asOfVersion.summary", equalTo("Versions two Ministry claimed that its harbour had reopened (March 2025)."))
                .body("data.fact.asOfVersion.period.start", equalTo("2025-03-01"))
                .body("data.fact.asOfVersion.figure", nullValue());
        GraphQL.reader().send(AS_OF, "id", id, "v", 1).body("errors", nullValue()).body("data.fact.asOfVersion", nullValue());
        GraphQL.editor().send(AS_OF, "id", id, "v", 1).body("errors", nullValue()).body("data.fact.asOfVersion.status", equalTo("DRAFT"));
        GraphQL.reader().send(AS_OF, "id", id, "v", 4).body("data.fact.asOfVersion.current", equalTo(true));
        GraphQL.reader().send(AS_OF, "id", id, "v", 5).body("errors", nullValue()).body("data.fact.asOfVersion", nullValue());
        GraphQL.reader().send(AS_OF, "id", id, "v", 0).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("version"));
        // the pages and what they printed are the newsroom's: not for readers
        GraphQL.reader().send(PAGES, "id", id).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        GraphQL.as(Tokens.noRole("somebody")).send(PAGES, "id", id).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        // figures: a deployment's headcount as printed and as corrected
        String deployment = Corrections.published("TV", "NZ");
        String c = Corrections.submit(GraphQL.editor(), Corrections.correction(deployment, Map.of("headcount", Map.of("value", 600, "unit", "workers"))));
        GraphQL.as(Tokens.chief("chris")).send(Corrections.REVIEW, "id", c, "d", "APPROVE", "n", null).body("errors", nullValue());
        GraphQL.reader().send(AS_OF, "id", deployment, "v", 2).body("data.fact.asOfVersion.figure.value", equalTo(500.0f))
                .body("data.fact.asOfVersion.corrections.size()", equalTo(0));
        GraphQL.reader().send(AS_OF, "id", deployment, "v", 3).body("data.fact.asOfVersion.figure.value", equalTo(600.0f))
                .body("data.fact.asOfVersion.corrections[0].text", equalTo("An earlier version gave the wrong number of workers."));
    }

    @Test
    void printedVersionsCostTheSameStatementsForOnePageAsForMany() {
        String one = story("three")[0];
        String id = story("four")[0];
        for (int i = 0; i < 4; i++) {
            CMS.send(REGISTER, "f", id, "u", "https://news.example/versions/four/more-" + i).body("errors", nullValue());
        }
        String printed = "query($id: ID!) { fact(id: $id) { usedIn { url printed { summary attribution citations { sourceName } corrections { text } } } } }";
        sessionFactory.getStatistics().clear();
        CMS.send(printed, "id", one).body("errors", nullValue()).body("data.fact.usedIn.size()", equalTo(2));
        long forTwo = sessionFactory.getStatistics().getPrepareStatementCount();
        sessionFactory.getStatistics().clear();
        CMS.send(printed, "id", id).body("errors", nullValue()).body("data.fact.usedIn.size()", equalTo(6));
        long forSix = sessionFactory.getStatistics().getPrepareStatementCount();
        assertTrue(forTwo > 0, "positive control: the statements are counted");
        assertEquals(forTwo, forSix, "statements of printed for 2 pages and for 6");
    }

    @Test
    void theFactBoxShowsAPastVersionMarkedWithALinkToTheCurrentOne() {
        String id = story("five")[0];
        String past = RestAssured.given().get("/embed/facts/" + id + "?version=2").then().statusCode(200)
                .body(containsString("Versions five Ministry claimed that its harbour had reopened (March 2025)."))
                .body(containsString("(version 2). This fact has changed since"))
                .body(containsString("href=\"http://localhost:" + RestAssured.port + "/embed/facts/" + id + "\""))
                .extract().asString();
        assertTrue(!past.contains("Ministry of Transport"), past);
        RestAssured.given().get("/embed/facts/" + id + "?version=4").then().statusCode(200)
                .body(containsString("Versions five Ministry of Transport claimed")).body(not(containsString("has changed since")));
        RestAssured.given().get("/embed/facts/" + id).then().statusCode(200).body(not(containsString("has changed since")));
        RestAssured.given().get("/embed/facts/" + id + "?version=1").then().statusCode(404).body(equalTo("This fact has no published version 1"));
        RestAssured.given().get("/embed/facts/" + id + "?version=9").then().statusCode(404);
        RestAssured.given().get("/embed/facts/" + id + "?version=x").then().statusCode(400).body(containsString("version must be"));
        // the past box's oEmbed answer carries the past version
        RestAssured.given().queryParam("url", "http://localhost:" + RestAssured.port + "/embed/facts/" + id + "?version=2").get("/oembed")
                .then().statusCode(200).body("title", equalTo("Versions five Ministry claimed that its harbour had reopened (March 2025)."));
    }

    private static Map<String, Map<String, String>> byField(List<Map<String, String>> changes) {
        Map<String, Map<String, String>> result = new HashMap<>();
        changes.forEach(c -> result.put(c.get("field"), c));
        return result;
    }
}
