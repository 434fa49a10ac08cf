package org.newsroom.facts.count;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.Corrections;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * factCounts over HTTP: groups and sums as the facts are (kept by the tally's triggers through publishing, corrections
 * and retractions), the readers' rules, one statement, and input errors with their paths. Deployments from Vanuatu (to
 * New Zealand, Australia and Samoa: facts about Russia would crowd the story's in the search tests) and
 * claims of a claimant of its own, so that other tests' facts do not count.
 */
@QuarkusTest
class FactCountsTest {

    private static final String COUNTS = """
            query($filter: FactCountFilter, $groupBy: [FactCountDimension!]!) { factCounts(filter: $filter, groupBy: $groupBy) {
              kind country { code } claimant { name } rating modality verification year month count figures { unit sum count } } }""";

    @Inject
    SessionFactory sessionFactory;

    private static List<Map<String, Object>> counts(GraphQL as, Map<String, Object> filter, String... groupBy) {
        return as.send(COUNTS, "filter", filter, "groupBy", List.of(groupBy)).body("errors", nullValue()).extract().path("data.factCounts");
    }

    /** A published deployment from Vanuatu to the destination, starting in the given month of a year (or only the year). */
    private static String deployment(String destination, String start, String precision, int workers) {
        Map<String, Object> in = Inputs.deployment("VU", destination);
        in.put("period", Map.of("start", start, "precision", precision));
        in.put("headcount", new HashMap<>(Map.of("value", workers, "approximation", "ABOUT", "unit", "workers")));
        String id = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", in).body("errors", nullValue()).extract().path("data.createDeployment.id");
        GraphQL.chief().send(Corrections.PUBLISH, "id", id, "v", 1).body("errors", nullValue());
        return id;
    }

    private static Map<String, Object> fromVanuatu() {
        return new HashMap<>(Map.of("kinds", List.of("deployment"), "country", "vut", "countryRole", "ORIGIN"));
    }

    @Test
    void deploymentsFromACountryByYearAndMonthWithTheirSums() {
        deployment("NZ", "2024-03-01", "MONTH", 100);
        deployment("NZ", "2024-07-01", "MONTH", 250);
        deployment("AU", "2025-01-01", "YEAR", 40);
        String draft = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment("VU", "NZ")).body("errors", nullValue())
                .extract().path("data.createDeployment.id");

        List<Map<String, Object>> byYear = counts(GraphQL.reader(), fromVanuatu(), "YEAR");
        assertEquals(2, byYear.size(), byYear.toString());
        assertEquals(Map.of("year", 2024, "count", 2), Map.of("year", byYear.get(0).get("year"), "count", byYear.get(0).get("count")));
        assertEquals(List.of(Map.of("unit", "workers", "sum", 350.0f, "count", 2)), byYear.get(0).get("figures"));
        assertEquals(2025, byYear.get(1).get("year"));
        assertEquals(1, byYear.get(1).get("count"));
        assertEquals(null, byYear.get(0).get("kind"), "what was not grouped by is null");

        // a period known only to the year has no month: it is not put in January
        List<Map<String, Object>> byMonth = counts(GraphQL.reader(), fromVanuatu(), "MONTH");
        assertEquals(List.of(List.of(2024, 3, 1), List.of(2024, 7, 1), List.of(2025, -1, 1)),
                byMonth.stream().map(g -> List.of(g.get("year"), g.get("month") == null ? -1 : g.get("month"), g.get("count"))).toList());

        // the draft counts for editors who ask for drafts, not for readers
        GraphQL.reader().send(COUNTS, "filter", Map.of("status", "DRAFT"), "groupBy", List.of())
                .body("data", nullValue()).body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].extensions.field", equalTo("filter.status"));
        Map<String, Object> drafts = fromVanuatu();
        drafts.put("status", "DRAFT");
        assertEquals(1, counts(GraphQL.editor(), drafts).get(0).get("count"));

        // grouped by country, a deployment counts under its origin and its destination
        Map<String, Object> all = new HashMap<>(Map.of("kinds", List.of("deployment"), "country", "VU"));
        List<Map<String, Object>> byCountryAndRole = counts(GraphQL.reader(), all, "COUNTRY");
        assertEquals(List.of(Map.of("code", "VU")), byCountryAndRole.stream().map(g -> g.get("country")).toList());
        assertEquals(3, byCountryAndRole.get(0).get("count"));

        // the tally follows the facts: a correction moves one to another year, a retraction takes one out
        String id = GraphQL.chief().send(Corrections.PUBLISH, "id", draft, "v", 1).body("errors", nullValue()).extract().path("data.publishFact.status");
        assertEquals("PUBLISHED", id);
        String correction = Corrections.submit(GraphQL.editor(), Corrections.correction(draft, Map.of("period", Map.of("start", "2025-02-01", "precision", "MONTH"))));
        GraphQL.as(org.newsroom.facts.support.Tokens.chief("chris")).send(Corrections.REVIEW, "id", correction, "d", "APPROVE").body("errors", nullValue());
        List<Map<String, Object>> after = counts(GraphQL.reader(), fromVanuatu(), "YEAR");
        assertEquals(List.of(2, 2), after.stream().map(g -> g.get("count")).toList(), after.toString());
        GraphQL.chief().send("mutation($id: ID!) { retractFact(id: $id, expectedVersion: 3, reason: \"Withdrawn.\") { status } }", "id", draft)
                .body("errors", nullValue());
        assertEquals(List.of(2, 1), counts(GraphQL.reader(), fromVanuatu(), "YEAR").stream().map(g -> g.get("count")).toList());
        Map<String, Object> retracted = fromVanuatu();
        retracted.put("status", "RETRACTED");
        assertEquals(1, counts(GraphQL.reader(), retracted).get(0).get("count"));
    }

    @Test
    void aClaimantsClaimsOfAYearByVerdict() {
        String claimant = GraphQL.editor().send("mutation { createSource(input: { name: \"Count Test Ministry\", kind: GOVERNMENT }) { id } }")
                .body("errors", nullValue()).extract().path("data.createSource.id");
        String[][] claims = { { "FALSE", "2025-03-01" }, { "FALSE", "2025-05-01" }, { "UNPROVEN", "2025-06-01" }, { null, "2025-07-01" },
                { "TRUE", "2024-01-01" } };
        for (String[] c : claims) {
            Map<String, Object> in = new HashMap<>();
            in.put("claimantId", claimant);
            in.put("statement", "claim of " + c[1]);
            in.put("claimedOn", Map.of("start", c[1], "precision", "MONTH"));
            in.put("countries", List.of("VU"));
            in.put("citations", List.of(Map.of("sourceId", claimant)));
            if (c[0] != null) {
                in.put("review", Map.of("rating", c[0], "explanation", "Checked."));
            }
            String id = GraphQL.editor().send("mutation($in: ClaimInput!) { createClaim(input: $in) { id } }", "in", in).body("errors", nullValue())
                    .extract().path("data.createClaim.id");
            GraphQL.chief().send(Corrections.PUBLISH, "id", id, "v", 1).body("errors", nullValue());
        }
        List<Map<String, Object>> byRating = counts(GraphQL.reader(), Map.of("claimant", claimant, "year", 2025), "RATING", "CLAIMANT");
        assertEquals(List.of("FALSE:2", "UNPROVEN:1", "null:1"), byRating.stream().map(g -> g.get("rating") + ":" + g.get("count")).toList());
        assertEquals(Map.of("name", "Count Test Ministry"), byRating.get(0).get("claimant"));
        assertEquals(List.of(), byRating.get(0).get("figures"), "claims have no figures");
        List<Map<String, Object>> byKind = counts(GraphQL.reader(), Map.of("claimant", claimant), "KIND");
        assertEquals(List.of(Map.of("kind", "claim", "count", 5)), byKind.stream().map(g -> Map.of("kind", g.get("kind"), "count", g.get("count"))).toList());
    }

    @Test
    void theCountsAgreeWithTheListsAndCostOneStatement() {
        int listed = GraphQL.reader().send("{ deployments(filter: { status: PUBLISHED }) { totalCount } }").extract().path("data.deployments.totalCount");
        sessionFactory.getStatistics().clear();
        List<Map<String, Object>> all = counts(GraphQL.reader(), Map.of("kinds", List.of("deployment")));
        assertEquals(1, sessionFactory.getStatistics().getPrepareStatementCount(), "statements of one factCounts");
        assertEquals(listed, all.get(0).get("count"));
        // positive control: a grouping over every fact and country still answers from one statement
        sessionFactory.getStatistics().clear();
        List<Map<String, Object>> byKindAndCountry = counts(GraphQL.reader(), null, "KIND", "COUNTRY", "YEAR");
        assertEquals(1, sessionFactory.getStatistics().getPrepareStatementCount());
        assertEquals(true, byKindAndCountry.size() > 10, byKindAndCountry.toString());
        // the three tables agree: by kind, country and year (the place sums), the same split by verification (the
        // sums of every key) and by month (a row per fact), added up again
        Map<String, Integer> split = new HashMap<>();
        counts(GraphQL.reader(), null, "KIND", "COUNTRY", "YEAR", "VERIFICATION")
                .forEach(g -> split.merge(key(g), (Integer) g.get("count"), Integer::sum));
        Map<String, Integer> monthly = new HashMap<>();
        counts(GraphQL.reader(), null, "KIND", "COUNTRY", "MONTH")
                .forEach(g -> monthly.merge(key(g), (Integer) g.get("count"), Integer::sum));
        Map<String, Integer> direct = new HashMap<>();
        byKindAndCountry.forEach(g -> direct.put(key(g), (Integer) g.get("count")));
        assertEquals(direct, split);
        assertEquals(direct, monthly);
    }

    private static String key(Map<String, Object> group) {
        return group.get("kind") + " " + group.get("country") + " " + group.get("year");
    }

    @Test
    void aReadersCachedAnswerFollowsTheFacts() {
        String query = "query DeploymentsToSamoa { factCounts(filter: { kinds: [\"deployment\"], country: \"WS\", countryRole: \"DESTINATION\" }, groupBy: []) { count } }";
        var first = io.restassured.RestAssured.given().queryParam("query", query).get("/graphql").then().statusCode(200).extract();
        int before = first.path("data.factCounts[0].count");
        io.restassured.RestAssured.given().queryParam("query", query).header("If-None-Match", first.header("ETag")).get("/graphql")
                .then().statusCode(304); // the same answer, from the reader cache
        deployment("WS", "2025-04-01", "MONTH", 30);
        io.restassured.RestAssured.given().queryParam("query", query).get("/graphql").then().statusCode(200)
                .body("data.factCounts[0].count", equalTo(before + 1));
    }

    @Test
    void badInputHasItsPath() {
        GraphQL.reader().send(COUNTS, "filter", Map.of("kinds", List.of("deployment", "rumour")), "groupBy", List.of("KIND"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT")).body("errors[0].extensions.field", equalTo("filter.kinds[1]"));
        GraphQL.reader().send(COUNTS, "filter", Map.of("country", "Atlantis"), "groupBy", List.of())
                .body("errors[0].extensions.field", equalTo("filter.country"));
        GraphQL.reader().send(COUNTS, "filter", Map.of("year", 0), "groupBy", List.of())
                .body("errors[0].extensions.field", equalTo("filter.year"));
        GraphQL.reader().send(COUNTS, "filter", Map.of("countryRole", "origin; drop"), "groupBy", List.of())
                .body("errors[0].extensions.field", equalTo("filter.countryRole"));
        GraphQL.reader().send(COUNTS, "groupBy", List.of("YEAR", "YEAR"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT")).body("errors[0].extensions.field", equalTo("groupBy"));
        GraphQL.reader().send(COUNTS, "groupBy", List.of("YEAR")).body("errors", nullValue()) // positive control
                .body("data.factCounts.count", hasItem(org.hamcrest.Matchers.greaterThan(0)));
    }
}
