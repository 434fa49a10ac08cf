package org.newsroom.facts.correction;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import org.newsroom.facts.support.Corrections;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;
import org.newsroom.facts.support.Tokens;

/**
 * Duplicates caught before they are saved (similarStatistics, similarClaims, …) and the author's own corrections
 * with their reviews (corrections(mine: true)). Statistics of Palau and claims about Nauru, which no other test uses (and no search or paging test sees).
 */
@QuarkusTest
class SimilarFactsTest {

    static final String SIMILAR = "query($in: StatisticInput!) { similarStatistics(input: $in) { reasons fact { id status summary } } }";
    static final String COUNT = "{ statistics(filter: { country: \"PW\" }) { totalCount } }";

    static Map<String, Object> shortfall(double millions, String year) {
        Map<String, Object> in = Inputs.statistic("PW");
        in.put("indicator", "unfilled vacancies");
        in.put("citations", List.of(Map.of("sourceId", Inputs.sourceId("wall street"))));
        in.put("measure", "ESTIMATE");
        in.put("value", Map.of("value", millions * 1_000_000, "approximation", "ABOUT", "unit", "jobs"));
        in.put("period", Map.of("start", year + "-01-01", "precision", "YEAR"));
        return in;
    }

    @Test
    void aFigureAlreadyEnteredIsFoundBeforeItIsSavedAgain() {
        String id = GraphQL.editor().send(Inputs.CREATE_STATISTIC, "input", shortfall(1.5, "2025")).body("errors", nullValue())
                .extract().path("data.createStatistic.id");
        GraphQL.chief().send(Corrections.PUBLISH, "id", id, "v", 1).body("errors", nullValue());
        int before = GraphQL.editor().send(COUNT).extract().path("data.statistics.totalCount");

        GraphQL.editor().send(SIMILAR, "in", shortfall(1.55, "2025")).body("errors", nullValue())
                .body("data.similarStatistics.fact.id", hasItem(id))
                .body("data.similarStatistics.find { it.fact.id == '" + id + "' }.reasons",
                        hasItems("same countries", "overlapping period", "figure within 10 %"));
        // positive controls: another figure, another year, another country are not the same fact
        GraphQL.editor().send(SIMILAR, "in", shortfall(2.0, "2025")).body("data.similarStatistics.fact.id", not(hasItem(id)));
        GraphQL.editor().send(SIMILAR, "in", shortfall(1.5, "2023")).body("data.similarStatistics.fact.id", not(hasItem(id)));
        Map<String, Object> elsewhere = shortfall(1.5, "2025");
        elsewhere.put("country", "NR");
        GraphQL.editor().send(SIMILAR, "in", elsewhere).body("data.similarStatistics", hasSize(0));
        // nothing was saved
        GraphQL.editor().send(COUNT).body("data.statistics.totalCount", equalTo(before));
    }

    @Test
    void readersMayNotAskAndBadInputHasItsPath() {
        GraphQL.reader().send(SIMILAR, "in", shortfall(1.5, "2025")).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        Map<String, Object> bad = shortfall(1.5, "2025");
        bad.put("country", "Atlantis");
        GraphQL.editor().send(SIMILAR, "in", bad).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.country"));
    }

    @Test
    void aClaimAlreadyFactCheckedIsFoundByItsStatementWhoeverMadeIt() {
        String first = Inputs.sourceId("wall street");
        String other = Inputs.sourceId("labour");
        Map<String, Object> claim = new HashMap<>(Map.of("claimantId", first, "countries", List.of("NR"),
                "statement", "Nauru has sent ten thousand workers to the phosphate mines this year",
                "review", Map.of("rating", "FALSE", "explanation", "The mines employ fewer than a thousand people.")));
        String id = GraphQL.editor().send("mutation($in: ClaimInput!) { createClaim(input: $in) { id } }", "in", claim)
                .body("errors", nullValue()).extract().path("data.createClaim.id");
        String similar = "query($in: ClaimInput!) { similarClaims(input: $in) { reasons fact { id } } }";
        Map<String, Object> again = new HashMap<>(Map.of("claimantId", other, "countries", List.of("NR"),
                "statement", "Nauru sent ten thousand workers to the phosphate mines this year")); 
        GraphQL.editor().send(similar, "in", again).body("errors", nullValue())
                .body("data.similarClaims.fact.id", contains(id))
                .body("data.similarClaims[0].reasons", hasItems("similar statement", "already fact-checked: FALSE"))
                .body("data.similarClaims[0].reasons", not(hasItem("same claimant")));
        again.put("statement", "The island's rainfall doubled in the spring");
        GraphQL.editor().send(similar, "in", again).body("data.similarClaims", hasSize(0));
    }

    @Test
    void anAuthorSeesTheirOwnCorrectionsWithTheReview() {
        String fact = Corrections.published("NU", "MH");
        String author = Tokens.editor("mina");
        String correction = Corrections.submit(GraphQL.as(author), Corrections.correction(fact,
                Map.of("headcount", Map.of("value", 700, "unit", "workers"))));
        GraphQL.as(Tokens.chief("chris")).send(Corrections.REVIEW, "id", correction, "d", "REJECT", "n", "The ministry never said 700.")
                .body("errors", nullValue());
        String mine = "{ corrections(mine: true) { totalCount nodes { id status reviewedBy reviewNote reviewedAt } } }";
        GraphQL.as(author).send(mine).body("errors", nullValue())
                .body("data.corrections.totalCount", equalTo(1))
                .body("data.corrections.nodes[0].id", equalTo(correction))
                .body("data.corrections.nodes[0].status", equalTo("REJECTED"))
                .body("data.corrections.nodes[0].reviewedBy", equalTo("chris"))
                .body("data.corrections.nodes[0].reviewNote", equalTo("The ministry never said 700."));
        // someone else's are not theirs; without mine, everyone's
        GraphQL.as(Tokens.editor("otto")).send(mine).body("data.corrections.nodes.id", not(hasItem(correction)));
        GraphQL.as(Tokens.editor("otto")).send("{ corrections(first: 100) { nodes { id } } }").body("data.corrections.nodes.id", hasItem(correction));
    }
}
