package org.newsroom.facts.correction;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.Corrections;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What the corrections desk's review queue reads through the API: pending corrections oldest first, each with its
 * change field by field (old → new), whether it is stale, and whether this caller may approve it and why not.
 */
@QuarkusTest
class ReviewQueueTest {

    static final String QUEUE = """
            query($after: String, $first: Int) { corrections(status: PENDING, order: OLDEST_FIRST, first: $first, after: $after) {
              nodes { id factVersion stale viewerCanApprove viewerCanReview reviewRefusal changes { field from to } fact { id summary } }
              pageInfo { hasNextPage endCursor } } }""";
    static final String CORRECTION = "query { corrections(status: PENDING, order: OLDEST_FIRST, first: 100) { nodes { id stale viewerCanApprove viewerCanReview reviewRefusal changes { field from to } } } }";
    static final GraphQL AUTHOR = GraphQL.as(Tokens.editor("ines"));
    static final GraphQL CHIEF_AUTHOR = GraphQL.as(Tokens.chief("kim"));
    static final GraphQL OTHER_CHIEF = GraphQL.as(Tokens.chief("lena"));

    @Test
    void theQueueShowsEachChangeFieldByFieldOldestFirst() {
        String first = Corrections.published("BF");
        String second = Corrections.published("BJ");
        Map<String, Object> input = Corrections.correction(first, Map.of("headcount", Map.of("value", 650, "approximation", "NEARLY", "unit", "workers")));
        input.put("verification", "CORROBORATED");
        String older = Corrections.submit(AUTHOR, input);
        String newer = Corrections.submit(AUTHOR, Corrections.correction(second, Map.of("period", Map.of("start", "2024-01-01", "precision", "YEAR"))));

        List<String> ids = OTHER_CHIEF.send(CORRECTION).body("errors", nullValue()).extract().path("data.corrections.nodes.id");
        assertTrue(ids.indexOf(older) >= 0 && ids.indexOf(older) < ids.indexOf(newer), "oldest first: " + ids);
        OTHER_CHIEF.send(CORRECTION)
                .body(node(older) + ".changes", equalTo(List.of(
                        Map.of("field", "verification", "from", "REPORTED", "to", "CORROBORATED"),
                        Map.of("field", "headcount.value", "from", "500", "to", "650"),
                        Map.of("field", "headcount.approximation", "from", "ABOUT", "to", "NEARLY"))))
                .body(node(newer) + ".changes", equalTo(List.of(
                        Map.of("field", "period.start", "from", "2024-08-01", "to", "2024-01-01"),
                        Map.of("field", "period.end", "from", "2024-08-31", "to", "2024-12-31"),
                        Map.of("field", "period.precision", "from", "MONTH", "to", "YEAR"))))
                .body(node(older) + ".stale", equalTo(false))
                .body(node(older) + ".viewerCanApprove", equalTo(true))
                .body(node(older) + ".reviewRefusal", nullValue());
        // the author is an editor: no review
        AUTHOR.send(CORRECTION)
                .body(node(older) + ".viewerCanReview", equalTo(false))
                .body(node(older) + ".reviewRefusal", equalTo("Only a chief approves or rejects corrections."));
    }

    @Test
    void aChiefsOwnCorrectionIsNotTheirsToReview() {
        String fact = Corrections.published("BI");
        String own = Corrections.submit(CHIEF_AUTHOR, Corrections.correction(fact, Map.of("reportedOn", "2024-08-30")));
        CHIEF_AUTHOR.send(CORRECTION)
                .body(node(own) + ".viewerCanReview", equalTo(false))
                .body(node(own) + ".viewerCanApprove", equalTo(false))
                .body(node(own) + ".reviewRefusal", equalTo("You wrote this correction: another chief must review it (four-eyes rule)."));
        // positive control: another chief may
        OTHER_CHIEF.send(CORRECTION).body(node(own) + ".viewerCanReview", equalTo(true)).body(node(own) + ".viewerCanApprove", equalTo(true));
    }

    @Test
    void aCorrectionOfAFactThatChangedSinceIsStaleAndCanOnlyBeRejected() {
        String fact = Corrections.published("CV");
        String approved = Corrections.submit(AUTHOR, Corrections.correction(fact, Map.of("reportedOn", "2024-08-30")));
        String later = Corrections.submit(AUTHOR, Corrections.correction(fact, Map.of("reportedOn", "2024-09-01")));
        OTHER_CHIEF.send(CORRECTION).body(node(later) + ".stale", equalTo(false));
        OTHER_CHIEF.send(Corrections.REVIEW, "id", approved, "d", "APPROVE").body("errors", nullValue());

        OTHER_CHIEF.send(CORRECTION)
                .body("data.corrections.nodes.id", not(hasItem(approved)))
                .body(node(later) + ".stale", equalTo(true))
                .body(node(later) + ".viewerCanApprove", equalTo(false))
                .body(node(later) + ".viewerCanReview", equalTo(true))
                .body(node(later) + ".reviewRefusal", containsString("The fact changed since this correction was written (version 2, now 3)"));
        OTHER_CHIEF.send(Corrections.REVIEW, "id", later, "d", "APPROVE").body("errors[0].extensions.code", equalTo("CONFLICT"));
        OTHER_CHIEF.send(Corrections.REVIEW, "id", later, "d", "REJECT").body("data.reviewCorrection.status", equalTo("REJECTED"));
    }

    @Test
    void theQueuePagesOnWithItsOwnCursors() {
        String fact = Corrections.published("CM");
        for (int i = 0; i < 3; i++) {
            Corrections.submit(AUTHOR, Corrections.correction(fact, Map.of("reportedOn", "2024-09-0" + (i + 1))));
        }
        List<String> all = OTHER_CHIEF.send(CORRECTION).extract().path("data.corrections.nodes.id");
        String cursor = OTHER_CHIEF.send(QUEUE, "first", 2).body("data.corrections.pageInfo.hasNextPage", equalTo(true))
                .extract().path("data.corrections.pageInfo.endCursor");
        List<String> next = OTHER_CHIEF.send(QUEUE, "first", 2, "after", cursor).extract().path("data.corrections.nodes.id");
        assertEquals(all.subList(2, Math.min(4, all.size())), next);
        String newestFirst = OTHER_CHIEF.send("{ corrections(first: 1) { pageInfo { endCursor } } }").extract().path("data.corrections.pageInfo.endCursor");
        OTHER_CHIEF.send(QUEUE, "first", 2, "after", newestFirst)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("after"));
    }

    private static String node(String id) {
        return "data.corrections.nodes.find { it.id == '" + id + "' }";
    }
}
