package org.newsroom.facts.fact;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.Corrections;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Proves there is no N+1: the SQL statement count of a nested list query does not grow with the page size,
 * measured on countries that all have deployments with places, citations and statistics.
 */
@QuarkusTest
class BatchingTest {

    private static final int COUNTRIES = 50;
    private static String tail;

    @Inject
    SessionFactory sessionFactory;

    /**
     * Gives the last 50 countries (by name) a draft deployment to Mongolia each (a destination no other test
     * uses), with a place and a citation, so that every row of every page has the same nested lists.
     */
    @BeforeEach
    void giveEveryCountryOfTheTailAFact() {
        if (tail != null) {
            return;
        }
        int total = GraphQL.reader().send("{ countries { totalCount } }").extract().path("data.countries.totalCount");
        String before = null;
        for (int seen = 0; seen < total - COUNTRIES; seen += 100) {
            int page = Math.min(100, total - COUNTRIES - seen);
            before = GraphQL.reader().send("query($after: String) { countries(first: " + page + ", after: $after) { pageInfo { endCursor } } }",
                    "after", before).extract().path("data.countries.pageInfo.endCursor");
        }
        List<String> codes = GraphQL.reader().send("{ countries(first: 100, after: \"" + before + "\") { nodes { code } } }")
                .extract().path("data.countries.nodes.code");
        String ulaanbaatar = GraphQL.editor().send("mutation { createPlace(input: { name: \"Ulaanbaatar\", kind: CITY, country: \"MN\" }) { id } }")
                .body("errors", nullValue()).extract().path("data.createPlace.id");
        for (String code : codes) {
            Map<String, Object> input = Inputs.deployment(code, "MN");
            input.put("placeIds", List.of(ulaanbaatar));
            GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", input).body("errors", nullValue());
        }
        tail = before;
    }

    private long statementsFor(String query) {
        return statementsFor(GraphQL.editor(), query);
    }

    private long statementsFor(GraphQL caller, String query) {
        sessionFactory.getStatistics().clear();
        caller.send(query).body("errors", nullValue());
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    /**
     * Readers' lists read citations with their sources only; a citation's title, url, dates, quote and archive copy
     * cost one more statement for all six fields and every citation, on the planned path (a reader) and graphql-java's
     * (an editor).
     */
    @Test
    void aCitationsDetailsCostOneStatementForAllSixFieldsAndAnyNumberOfCitations() {
        String without = "{ countries(first: %d, after: \"%s\") { nodes { deploymentsFrom(first: 10) { nodes { citations { source { name } } } } } } }";
        String with = without.replace("citations { source { name } }",
                "citations { source { name } title url publishedOn accessedOn quote archiveUrl }");
        long editorWithout = statementsFor(without.formatted(5, tail));
        assertEquals(editorWithout + 1, statementsFor(with.formatted(5, tail)), "an editor: the details in one statement more");
        assertEquals(editorWithout + 1, statementsFor(with.formatted(COUNTRIES, tail)), "an editor: as many for 50 countries as for 5");
        List<String> titles = GraphQL.editor().send(with.formatted(COUNTRIES, tail)).body("errors", nullValue())
                .extract().path("data.countries.nodes.deploymentsFrom.nodes.citations.title.flatten()");
        // each country of the tail has a deployment cited as "A report" (other tests may have added more facts)
        assertTrue(titles.stream().filter("A report"::equals).count() >= COUNTRIES, "the citations' titles: " + titles);

        String reader = "{ deployments(first: %d) { nodes { citations { source { name } } } } }";
        String readerWith = reader.replace("citations { source { name } }", "citations { source { name } title url publishedOn accessedOn quote archiveUrl }");
        long readerWithout = statementsFor(GraphQL.reader(), reader.formatted(2));
        assertTrue(readerWithout >= 2, "the reader's list and its citations must run SQL: " + readerWithout);
        assertEquals(readerWithout + 1, statementsFor(GraphQL.reader(), readerWith.formatted(2)), "a reader: the details in one statement more");
        assertEquals(readerWithout + 1, statementsFor(GraphQL.reader(), readerWith.formatted(20)), "a reader: as many for 20 facts as for 2");
    }

    @Test
    void countryPagesCostTheSameForFiveAndFiftyCountries() {
        String query = """
                { countries(first: %d, after: "%s") { nodes { code name places { name }
                    deploymentsFrom(first: 10) { totalCount nodes { summary attribution places { name country { code } }
                      citations { source { name country { code } } via { name } } disputes { source { name } } } }
                    statistics(first: 5) { totalCount nodes { summary place { name } citations { source { name } } } } } } }
                """;
        long five = statementsFor(query.formatted(5, tail));
        long fifty = statementsFor(query.formatted(COUNTRIES, tail));
        assertTrue(five >= 5, "the query must run SQL for every nested list, else the test proves nothing: " + five);
        assertEquals(five, fifty, "SQL statements for 5 and for 50 countries");
    }

    @Test
    void factListsCostTheSameForAnyPageSize() {
        String query = "{ deployments(first: %d, filter: { destination: \"MN\" }) { totalCount nodes { summary places { name } citations { source { name } via { name } } disputes { statement } } } }";
        long two = statementsFor(query.formatted(2));
        long fifty = statementsFor(query.formatted(COUNTRIES));
        assertTrue(two >= 4, "statements: " + two);
        assertEquals(two, fifty, "SQL statements for 2 and for 50 deployments");
    }

    @Test
    void claimAndEventListsCostTheSameForAnyPageSize() {
        int many = 25;
        String kremlin = Inputs.sourceId("The Kremlin");
        String wsj = Inputs.sourceId("The Wall Street Journal");
        String place = GraphQL.editor().send("mutation { createPlace(input: { name: \"Darkhan\", kind: CITY, country: \"MN\" }) { id } }")
                .body("errors", nullValue()).extract().path("data.createPlace.id");
        String related = GraphQL.reader().send("{ deployments(first: 1) { nodes { id } } }").extract().path("data.deployments.nodes[0].id");
        for (int i = 0; i < many; i++) {
            GraphQL.editor().send("mutation($in: ClaimInput!) { createClaim(input: $in) { id } }", "in", Map.of("claimantId", kremlin,
                    "statement", "the steppe is quiet " + i, "countries", List.of("MN", "RU"), "placeIds", List.of(place),
                    "appearances", List.of(Map.of("outletId", wsj, "url", "https://example.org/" + i)),
                    "citations", List.of(Map.of("sourceId", wsj)))).body("errors", nullValue());
            GraphQL.editor().send("mutation($in: EventInput!) { createEvent(input: $in) { id } }", "in", Map.of("kind", "AGREEMENT",
                    "title", "Steppe agreement " + i, "period", Map.of("start", "2025-01-01", "precision", "YEAR"),
                    "countries", List.of("MN"), "placeIds", List.of(place), "actorIds", List.of(kremlin), "relatedFactIds", List.of(related),
                    "citations", List.of(Map.of("sourceId", wsj)))).body("errors", nullValue());
        }
        String query = """
                { claims(first: %1$d, filter: { country: "MN" }) { totalCount nodes { summary claimant { name } countries { code }
                    places { name } appearances { url outlet { name } } citations { source { name } } claimReviewJsonLd } }
                  events(first: %1$d, filter: { country: "MN" }) { totalCount nodes { summary countries { code } places { name }
                    actors { name } related { summary } casualties { text } } }
                  country(code: "MN") { claims(first: %1$d) { totalCount nodes { summary } } events(first: %1$d) { totalCount nodes { title } } } }
                """;
        long two = statementsFor(query.formatted(2));
        long all = statementsFor(query.formatted(many));
        assertTrue(two >= 10, "the query must run SQL for every nested list, else the test proves nothing: " + two);
        assertEquals(two, all, "SQL statements for 2 and for " + many + " claims and events");
    }

    @Test
    void sourcesWithTheirFactsCostTheSameForAnyPageSize() {
        String query = "{ sources(first: %d) { nodes { name facts(first: 3) { totalCount nodes { summary attribution citations { chain { name } } } } } } }";
        long two = statementsFor(query.formatted(2));
        long many = statementsFor(query.formatted(40));
        assertTrue(two >= 4, "statements: " + two);
        assertEquals(two, many, "SQL statements for 2 and for 40 sources with their facts");
    }

    /**
     * The review queue's page: its corrections, their changes and evidence, and their facts. Facts load one statement
     * per kind of fact present, so both pages hold every kind: the newest four corrections are one of each kind.
     */
    @Test
    void theReviewQueueCostsTheSameForAnyPageSize() {
        List<Map<String, String>> hits = GraphQL.reader().send("{ search(text: \"Russia\", first: 60) { nodes { __typename id status } } }")
                .extract().path("data.search.nodes");
        List<Map<String, String>> found = hits.stream().filter(f -> "PUBLISHED".equals(f.get("status"))).toList();
        java.util.LinkedHashMap<String, String> onePerKind = new java.util.LinkedHashMap<>();
        found.forEach(f -> onePerKind.putIfAbsent(f.get("__typename"), f.get("id")));
        assertEquals(4, onePerKind.size(), "published facts of every kind: " + onePerKind);
        List<String> others = found.stream().map(f -> f.get("id")).filter(id -> !onePerKind.containsValue(id)).limit(8).toList();
        List<String> facts = new java.util.ArrayList<>(others);
        facts.addAll(onePerKind.values());
        int many = facts.size();
        String wsj = Inputs.sourceId("The Wall Street Journal");
        for (int i = 0; i < many; i++) {
            // a new verification with evidence: pending, it leaves the story's fact as it is
            Map<String, Object> input = Corrections.correction(facts.get(i), null);
            input.put("verification", "CORROBORATED");
            input.put("evidence", Map.of("sourceId", wsj, "url", "https://example.org/evidence/" + i, "archiveUrl", "https://archive.example.org/" + i));
            Corrections.submit(GraphQL.editor(), input);
        }
        String query = """
                { corrections(status: PENDING, first: %d) { totalCount nodes { submittedBy factVersion stale
                    viewerCanApprove viewerCanReview reviewRefusal changes { field from to } evidence { url archiveUrl source { name } }
                    fact { summary citations { source { name } } } } } }
                """;
        long four = statementsFor(query.formatted(4));
        long all = statementsFor(query.formatted(many));
        assertTrue(four >= 3, "the query must run SQL for the corrections, their facts and evidence, else the test proves nothing: " + four);
        assertEquals(four, all, "SQL statements for 4 and for " + many + " corrections of the review queue");
    }
}
