package org.newsroom.facts.fact;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FactApiTest {

    private static final String PUBLISH = "mutation($id: ID!, $v: Int!) { publishFact(id: $id, expectedVersion: $v) { id status version } }";

    private static String draft(String origin, boolean withCitation) {
        Map<String, Object> input = Inputs.deployment(origin, "RU");
        if (!withCitation) {
            input.remove("citations");
        }
        return GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", input)
                .body("errors", nullValue()).extract().path("data.createDeployment.id");
    }

    private static String source(String name) {
        return Inputs.sourceId(name);
    }

    @Test
    void factFindsAnyKindById() {
        String id = GraphQL.reader().send("{ statistics(filter: { measure: PROJECTION }) { nodes { id } } }").extract().path("data.statistics.nodes[0].id");
        GraphQL.reader().send("{ fact(id: \"" + id + "\") { __typename id summary status ... on Statistic { indicator measure } } missing: fact(id: \"0\") { id } bad: fact(id: \"x\") { id } }")
                .body("errors", nullValue())
                .body("data.fact.__typename", equalTo("Statistic"))
                .body("data.fact.measure", equalTo("PROJECTION"))
                .body("data.missing", nullValue())
                .body("data.bad", nullValue());
    }

    @Test
    void searchFindsTheStorysFactsBestFirst() {
        GraphQL.reader().send("{ search(text: \"workers russia\") { totalCount nodes { __typename summary } } }")
                .body("errors", nullValue())
                .body("data.search.nodes.summary", hasItem("North Korea has reportedly sent nearly 15,000 workers to Russia (as of 1 May 2025)."));
        GraphQL.reader().send("{ search(text: \"kursk\") { totalCount nodes { __typename } } }")
                .body("data.search.totalCount", equalTo(5)); // two troop deployments, two claims, the incursion
        GraphQL.reader().send("{ search(text: \"Labour shortfall\") { totalCount nodes { ... on Statistic { measure } } } }")
                .body("data.search.totalCount", equalTo(2))
                .body("data.search.nodes.measure", org.hamcrest.Matchers.containsInAnyOrder("ESTIMATE", "PROJECTION"));
        GraphQL.reader().send("{ search(text: \"military blog\") { totalCount nodes { ... on Claim { claimant { name } } } } }")
                .body("data.search.totalCount", equalTo(1))
                .body("data.search.nodes[0].claimant.name", equalTo("Pro-Russian military bloggers"));
        GraphQL.reader().send("{ search(text: \"  \") { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("text"));
    }

    @Test
    void theBestMatchComesFirst() {
        java.util.Map<String, Object> once = Inputs.deployment("SR", "RU");
        once.put("notes", "Some work in zinc mines.");
        java.util.Map<String, Object> often = Inputs.deployment("SR", "RU");
        often.put("notes", "Zinc miners: zinc smelting, zinc exports.");
        GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", once).body("errors", nullValue());
        String best = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", often).extract().path("data.createDeployment.id");
        GraphQL.editor().send("{ search(text: \"zinc\") { totalCount nodes { id } } }")
                .body("data.search.totalCount", equalTo(2))
                .body("data.search.nodes[0].id", equalTo(best));
    }

    @Test
    void searchPagesWithoutRepeatsAndHidesDraftsFromReaders() {
        String draft = draft("GY", true);
        GraphQL.editor().send("{ search(text: \"guyana\") { nodes { id } } }").body("data.search.nodes.id", hasItem(draft));
        GraphQL.reader().send("{ search(text: \"guyana\") { totalCount } }").body("data.search.totalCount", equalTo(0));
        var first = GraphQL.reader().send("{ search(text: \"russia\", first: 3) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } }")
                .body("data.search.pageInfo.hasNextPage", equalTo(true)).extract();
        List<String> seen = new java.util.ArrayList<>(first.path("data.search.nodes.id"));
        String cursor = first.path("data.search.pageInfo.endCursor");
        int total = first.path("data.search.totalCount");
        while (cursor != null) {
            var next = GraphQL.reader().send("query($a: String) { search(text: \"russia\", first: 3, after: $a) { nodes { id } pageInfo { endCursor hasNextPage } } }", "a", cursor)
                    .body("errors", nullValue()).extract();
            seen.addAll(next.path("data.search.nodes.id"));
            cursor = Boolean.TRUE.equals(next.path("data.search.pageInfo.hasNextPage")) ? next.path("data.search.pageInfo.endCursor") : null;
        }
        org.junit.jupiter.api.Assertions.assertEquals(total, seen.size(), "every match once");
        org.junit.jupiter.api.Assertions.assertEquals(total, new java.util.HashSet<>(seen).size(), "no match twice");
    }

    @Test
    void changesListsWhatChangedOldestFirst() {
        String since = OffsetDateTime.now().minusYears(1).toString();
        var page = GraphQL.reader().send("query($s: DateTime!) { changes(since: $s, first: 5) { totalCount nodes { id updatedAt status } pageInfo { endCursor hasNextPage } } }", "s", since)
                .body("errors", nullValue())
                .body("data.changes.totalCount", greaterThanOrEqualTo(8))
                .body("data.changes.nodes", hasSize(5))
                .extract();
        List<String> times = page.path("data.changes.nodes.updatedAt");
        for (int i = 1; i < times.size(); i++) {
            org.junit.jupiter.api.Assertions.assertTrue(OffsetDateTime.parse(times.get(i - 1)).compareTo(OffsetDateTime.parse(times.get(i))) <= 0);
        }
        GraphQL.reader().send("query($s: DateTime!, $a: String) { changes(since: $s, after: $a) { nodes { id status } } }", "s", since, "a",
                page.path("data.changes.pageInfo.endCursor"))
                .body("data.changes.nodes.id", not(hasItem(page.path("data.changes.nodes[4].id").toString())))
                .body("data.changes.nodes.status", not(hasItem("DRAFT")));
    }

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    private static final String FEED = "query($s: DateTime!, $a: String) { changes(since: $s, after: $a) { nodes { id } pageInfo { endCursor } } }";

    @Test
    void theSyncFeedNeverSkipsALateCommit() throws Exception {
        String since = OffsetDateTime.now().minusMinutes(5).toString();
        String a = draft("KE", true);
        String b = draft("TZ", true);
        GraphQL.chief().send(PUBLISH, "id", a, "v", 1).body("errors", nullValue());
        GraphQL.chief().send(PUBLISH, "id", b, "v", 1).body("errors", nullValue());
        String cursor = GraphQL.reader().send("query($s: DateTime!) { changes(since: $s, first: 100) { nodes { id } pageInfo { endCursor } } }", "s", since)
                .body("data.changes.nodes.id", hasItem(a)).extract().path("data.changes.pageInfo.endCursor");
        try (java.sql.Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            try (var update = slow.prepareStatement("update fact set notes = 'changed by a slow transaction' where id = ?")) {
                update.setLong(1, Long.parseLong(a));
                update.executeUpdate();
            }
            GraphQL.editor().send("mutation($id: ID!, $s: ID!) { addCitation(factId: $id, input: { sourceId: $s }) { version } }",
                    "id", b, "s", Inputs.sourceId("kremlin")).body("errors", nullValue());
            // b's change committed, but after a's still-open write: the feed holds it back rather than let a slip behind
            GraphQL.reader().send(FEED, "s", since, "a", cursor).body("data.changes.nodes", org.hamcrest.Matchers.empty());
            slow.commit();
        }
        GraphQL.reader().send(FEED, "s", since, "a", cursor)
                .body("data.changes.nodes.id", org.hamcrest.Matchers.contains(a, b));
    }

    @Test
    void chiefsPublishDraftsWithACitation() {
        String id = draft("EC", true);
        GraphQL.editor().send(PUBLISH, "id", id, "v", 1)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.reader().send(PUBLISH, "id", id, "v", 1)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        GraphQL.chief().send(PUBLISH, "id", id, "v", 7)
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        GraphQL.chief().send(PUBLISH, "id", id, "v", 1)
                .body("errors", nullValue())
                .body("data.publishFact.status", equalTo("PUBLISHED"))
                .body("data.publishFact.version", equalTo(2));
        GraphQL.reader().send("{ fact(id: \"" + id + "\") { status } }").body("data.fact.status", equalTo("PUBLISHED"));
        GraphQL.chief().send(PUBLISH, "id", id, "v", 2)
                .body("errors[0].extensions.code", equalTo("INVALID_STATE"));
        GraphQL.chief().send(PUBLISH, "id", "31337", "v", 1)
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void publishingNeedsACitation() {
        String id = draft("UY", false);
        GraphQL.chief().send(PUBLISH, "id", id, "v", 1)
                .body("errors[0].extensions.code", equalTo("INVALID_STATE"));
        String add = "mutation($id: ID!, $input: CitationInput!) { addCitation(factId: $id, input: $input) { id version citations { source { name } via { name } } attribution } }";
        GraphQL.editor().send(add, "id", id, "input", Map.of("sourceId", source("intelligence"), "viaSourceId", source("wall street")))
                .body("errors", nullValue())
                .body("data.addCitation.version", equalTo(2))
                .body("data.addCitation.attribution",
                        equalTo("according to South Korea's National Intelligence Service, as reported by The Wall Street Journal"));
        GraphQL.editor().send(add, "id", id, "input", Map.of("sourceId", source("wall street"), "viaSourceId", source("wall street")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.viaSourceId"));
        GraphQL.chief().send(PUBLISH, "id", id, "v", 2)
                .body("errors", nullValue())
                .body("data.publishFact.status", equalTo("PUBLISHED"));
    }

    @Test
    void disputesMarkAFactDisputed() {
        String id = draft("PY", true);
        String dispute = "mutation($id: ID!, $input: DisputeInput!) { addDispute(factId: $id, input: $input) { version verification disputes { source { name } statement on } } }";
        GraphQL.editor().send(dispute, "id", id, "input", Map.of("sourceId", source("kremlin"), "statement", "Denies it", "on", "2025-05-01"))
                .body("errors", nullValue())
                .body("data.addDispute.verification", equalTo("DISPUTED"))
                .body("data.addDispute.version", equalTo(2))
                .body("data.addDispute.disputes[0].source.name", equalTo("The Kremlin"))
                .body("data.addDispute.disputes[0].on", equalTo("2025-05-01"));
        GraphQL.editor().send(dispute, "id", id, "input", Map.of("sourceId", source("kremlin"), "statement", ""))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.statement"));
        GraphQL.reader().send(dispute, "id", id, "input", Map.of("sourceId", source("kremlin"), "statement", "x"))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        GraphQL.editor().send(dispute, "id", "123456789", "input", Map.of("sourceId", source("kremlin"), "statement", "x"))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.field", equalTo("factId"));
    }

    @Test
    void aDateBeyondWhatIsStoredIsBadInputAndNamesNoInternals() {
        // a date PostgreSQL cannot store made the SQL fail (INTERNAL_SERVER_ERROR); it is refused before any SQL now
        GraphQL.reader().send("{ deployments(filter: { from: \"+999999999-01-01\" }) { totalCount } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("filter.from"))
                .body("errors[0].message", not(org.hamcrest.Matchers.containsStringIgnoringCase("sql")))
                .body("errors[0].message", not(org.hamcrest.Matchers.containsStringIgnoringCase("jdbc")))
                .body("errors[0].message", not(org.hamcrest.Matchers.containsString("range")));
    }

    @Test
    void errorsLeakNoInternals() {
        GraphQL.reader().send("{ deployments(filter: { from: \"not-a-date\" }) { totalCount } }")
                .body("data", nullValue())
                .body("errors[0].message", not(org.hamcrest.Matchers.containsString("at org.")))
                .body("errors[0].extensions", notNullValue());
        GraphQL.reader().send("{ nope }")
                .body("errors[0].message", not(org.hamcrest.Matchers.containsString("Exception")));
    }
}
