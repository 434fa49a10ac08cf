package org.newsroom.facts.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * The reader cache survives editors at work: drafts, their edits, submitted and rejected corrections and writes
 * about other countries drop nothing; a publish, an approved correction or an edit of a cited source drops the
 * answers that depend on it (each check of "still cached" has its positive control: the change that does drop).
 * Answers name their cache tags in Surrogate-Key.
 */
@QuarkusTest
class CacheTagsTest {

    static final String PUBLISH = "mutation($id: ID!, $v: Int!) { publishFact(id: $id, expectedVersion: $v) { status } }";

    @Inject
    SessionFactory sessionFactory;

    private static Response get(String query) {
        return given().queryParam("query", query).when().get("/graphql");
    }

    /** The SQL statements a reader's GET of the query runs, and its answer. */
    private Response counted(String query, long[] statements) {
        sessionFactory.getStatistics().clear();
        Response r = get(query);
        r.then().statusCode(200).body("errors", nullValue());
        statements[0] = sessionFactory.getStatistics().getPrepareStatementCount();
        return r;
    }

    private void stillCached(String query, Response before, String after) {
        long[] statements = new long[1];
        Response r = counted(query, statements);
        assertEquals(0, statements[0], "still answered from the cache after " + after);
        assertEquals(before.header("ETag"), r.header("ETag"));
    }

    private Response recomputed(String query, Response before, String after) {
        long[] statements = new long[1];
        Response r = counted(query, statements);
        assertTrue(statements[0] > 0, "computed again after " + after);
        return r;
    }

    private static String draft(String origin, String destination, String sourceId) {
        Map<String, Object> input = Inputs.deployment(origin, destination);
        if (sourceId != null) {
            input.put("citations", List.of(Map.of("sourceId", sourceId)));
        }
        return GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", input).body("errors", nullValue())
                .extract().path("data.createDeployment.id");
    }

    private static void publish(String id, int version) {
        GraphQL.chief().send(PUBLISH, "id", id, "v", version).body("errors", nullValue());
    }

    @Test
    void claimsAndEventsDropOnlyTheCountryPagesTheyAreAbout() {
        String query = "{ country(code: \"MV\") { claims { totalCount nodes { summary } } events { totalCount } } }";
        String other = "{ country(code: \"LK\") { claims { totalCount } } }";
        Response page = counted(query, new long[1]);
        Response otherPage = counted(other, new long[1]);
        stillCached(query, page, "nothing");
        assertTrue(page.header("Surrogate-Key").contains("list:CLAIM:MV"), page.header("Surrogate-Key"));
        String source = Inputs.sourceId("The Kremlin");
        String claim = GraphQL.editor().send("mutation($in: ClaimInput!) { createClaim(input: $in) { id } }", "in", Map.of(
                "claimantId", source, "statement", "the atolls are safe", "countries", List.of("MV"),
                "citations", List.of(Map.of("sourceId", source)))).body("errors", nullValue()).extract().path("data.createClaim.id");
        stillCached(query, page, "a draft claim about the country");
        publish(claim, 1);
        Response after = recomputed(query, page, "a claim about the country was published");
        after.then().body("data.country.claims.totalCount", equalTo(1));
        stillCached(other, otherPage, "a claim about another country was published");
    }

    @Test
    void editorsAtWorkDropNothingAndAPublishDropsWhatDependsOnIt() {
        String published = draft("LS", "BW", null);
        publish(published, 1);
        String query = "{ country(code: \"LS\") { deploymentsFrom { totalCount nodes { id status citations { source { name } } } } } }";
        Response first = get(query);
        first.then().statusCode(200).body("data.country.deploymentsFrom.totalCount", equalTo(1))
                .header("Surrogate-Key", containsString("f:" + published))
                .header("Surrogate-Key", containsString("list:DEPLOYMENT:LS"))
                .header("Surrogate-Key", containsString("newsroom"));
        stillCached(query, first, "nothing");

        String draft = draft("LS", "BW", null);
        GraphQL.editor().send("mutation($id: ID!) { updateDeployment(id: $id, expectedVersion: 1, input: { notes: \"checked\" }) { version } }",
                "id", draft).body("errors", nullValue());
        stillCached(query, first, "a draft and its edit");

        Map<String, Object> correction = new HashMap<>(Map.of("factId", published, "reason", "A revised figure",
                "publicNote", "An earlier version gave the wrong number.", "deployment", Map.of("headcount", Map.of("value", 600,
                        "approximation", "ABOUT", "unit", "workers"))));
        String rejected = GraphQL.editor().send("mutation($in: CorrectionInput!) { submitCorrection(input: $in) { id } }", "in", correction)
                .body("errors", nullValue()).extract().path("data.submitCorrection.id");
        stillCached(query, first, "a submitted correction");
        GraphQL.chief().send("mutation($id: ID!) { reviewCorrection(id: $id, decision: REJECT, note: \"No\") { status } }", "id", rejected)
                .body("data.reviewCorrection.status", equalTo("REJECTED"));
        stillCached(query, first, "a rejected correction");

        publish(draft("MV", "LK", null), 1);
        stillCached(query, first, "a publish about other countries");

        // the positive control: the publish of a deployment from LS enters the list
        publish(draft, 2);
        Response after = recomputed(query, first, "a publish from LS");
        after.then().body("data.country.deploymentsFrom.totalCount", equalTo(2));
        assertNotEquals(first.header("ETag"), after.header("ETag"));

        // an approved correction drops the answers that print the fact
        String approved = GraphQL.editor().send("mutation($in: CorrectionInput!) { submitCorrection(input: $in) { id } }", "in", correction)
                .body("errors", nullValue()).extract().path("data.submitCorrection.id");
        stillCached(query, after, "another submitted correction");
        GraphQL.chief().send("mutation($id: ID!) { reviewCorrection(id: $id, decision: APPROVE) { status } }", "id", approved)
                .body("data.reviewCorrection.status", equalTo("APPROVED"));
        recomputed("{ fact(id: \"" + published + "\") { version } }", after, "an approved correction")
                .then().body("data.fact.version", equalTo(3));
        recomputed(query, after, "an approved correction");
    }

    @Test
    void anEditOfACitedSourceDropsTheAnswersThatPrintIt() {
        String cited = GraphQL.editor().send("mutation { createSource(input: { name: \"Cache test agency\", kind: NEWS_AGENCY }) { id } }")
                .body("errors", nullValue()).extract().path("data.createSource.id");
        String other = GraphQL.editor().send("mutation { createSource(input: { name: \"Cache test bystander\", kind: NGO }) { id } }")
                .body("errors", nullValue()).extract().path("data.createSource.id");
        String fact = draft("SZ", "ZA", cited);
        publish(fact, 1);
        String query = "{ fact(id: \"" + fact + "\") { attribution } }";
        Response first = get(query);
        first.then().body("data.fact.attribution", equalTo("according to Cache test agency"))
                .header("Surrogate-Key", containsString("s:" + cited));
        GraphQL.editor().send("mutation($id: ID!) { updateSource(id: $id, expectedVersion: 1, input: { name: \"Cache test bystanders\", kind: NGO }) { version } }",
                "id", other).body("errors", nullValue());
        stillCached(query, first, "an edit of a source the answer does not print");
        GraphQL.editor().send("mutation($id: ID!) { updateSource(id: $id, expectedVersion: 1, input: { name: \"Cache test wire\", kind: NEWS_AGENCY }) { version } }",
                "id", cited).body("errors", nullValue());
        recomputed(query, first, "an edit of the cited source").then().body("data.fact.attribution", equalTo("according to Cache test wire"));
    }

    /**
     * A list of other facts by reference (an event's related facts) depends on every fact it names, also those readers
     * cannot see yet: a cached answer without the draft is dropped when the draft is published.
     */
    @Test
    void anEventsRelatedFactsDropWhenARelatedDraftIsPublished() {
        String related = draft("NU", "RU", null);
        String source = Inputs.sourceId("The Kremlin");
        String event = GraphQL.editor().send("mutation($in: EventInput!) { createEvent(input: $in) { id } }", "in", Map.of(
                "kind", "AGREEMENT", "title", "Niue labour agreement", "countries", List.of("NU"),
                "period", Map.of("start", "2019-03-01", "precision", "MONTH"), "relatedFactIds", List.of(related),
                "citations", List.of(Map.of("sourceId", source)))).body("errors", nullValue()).extract().path("data.createEvent.id");
        publish(event, 1);
        String query = "{ event(id: \"" + event + "\") { related { id } } }";
        Response before = counted(query, new long[1]);
        assertEquals(List.of(), before.path("data.event.related"));
        assertTrue(before.header("Surrogate-Key").contains("f:" + related), before.header("Surrogate-Key"));
        stillCached(query, before, "nothing changed");

        publish(related, 1);
        Response after = recomputed(query, before, "the related draft was published");
        assertEquals(List.of(related), after.path("data.event.related.id"));
    }
}
