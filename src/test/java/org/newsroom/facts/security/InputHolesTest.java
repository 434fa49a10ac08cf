package org.newsroom.facts.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Bad input of every kind the report found is refused with BAD_USER_INPUT (or GRAPHQL_VALIDATION_FAILED) and its
 * path, and writes nothing; each refusal has a positive control, the same request with a good value working.
 */
@QuarkusTest
class InputHolesTest {

    static final String PUBLISH = "mutation($id: ID!, $v: Int!) { publishFact(id: $id, expectedVersion: $v) { version status } }";
    static final String SOURCE = "mutation($in: SourceInput!) { createSource(input: $in) { id name } }";

    private static String draft() {
        return GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment("KP", "RU"))
                .body("errors", nullValue()).extract().path("data.createDeployment.id");
    }

    private static int sources() {
        return GraphQL.editor().send("{ sources(first: 100) { totalCount } }").extract().path("data.sources.totalCount");
    }

    @Test
    void intsBeyond32BitsAreRefused() {
        String id = draft();
        GraphQL.chief().send("mutation { publishFact(id: \"" + id + "\", expectedVersion: 4294967297) { version status } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("expectedVersion"));
        GraphQL.chief().send(PUBLISH, "id", id, "v", 4294967297L)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("v"));
        GraphQL.reader().send("{ deployments(first: 4294967301) { nodes { id } } }")
                .body("data", nullValue()).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.editor().send("{ fact(id: \"" + id + "\") { status version } }")
                .body("data.fact.status", equalTo("DRAFT")).body("data.fact.version", equalTo(1));
        // positive control: the right version publishes it
        GraphQL.chief().send(PUBLISH, "id", id, "v", 1).body("data.publishFact.status", equalTo("PUBLISHED"));
    }

    @Test
    void impossibleDatesAreRefusedWithTheirPath() {
        for (String date : List.of("2025-02-30", "99999-01-01", "yesterday")) {
            GraphQL.reader().send("{ deployments(filter: { from: \"" + date + "\" }) { nodes { id } } }")
                    .body("data", nullValue())
                    .body("errors", hasSize(1))
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].extensions.field", equalTo("filter.from"));
            GraphQL.reader().send("query($f: DeploymentFilter) { deployments(filter: $f) { nodes { id } } }", "f", Map.of("to", date))
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].extensions.field", equalTo("f"));
        }
        GraphQL.reader().send("{ deployments(filter: { from: \"2024-02-29\" }) { nodes { id } } }").body("errors", nullValue());
    }

    @Test
    void controlCharactersAreRefusedAndNothingIsWritten() {
        int before = sources();
        for (String name : List.of("North\u0000Korea", "A\u0007B", "Two\nlines", "Tab\there", "Evil\u202Egnp.exe", "Iso\u2066late")) {
            GraphQL.editor().send(SOURCE, "in", Map.of("name", name, "kind", "NEWS_OUTLET"))
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].extensions.field", equalTo("input.name"));
        }
        // a lone surrogate, as a JSON escape
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + org.newsroom.facts.support.Tokens.editor("erin"))
                .body("{\"query\":\"mutation($in: SourceInput!) { createSource(input: $in) { id } }\",\"variables\":{\"in\":{\"name\":\"X\\ud800Y\",\"kind\":\"NEWS_OUTLET\"}}}")
                .when().post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.name"));
        // a multi-line field takes tabs and line breaks, but never NUL
        GraphQL.editor().send(SOURCE, "in", Map.of("name", "Multi-line test", "kind", "NEWS_OUTLET", "description", "One\nTwo\tthree"))
                .body("errors", nullValue());
        GraphQL.editor().send(SOURCE, "in", Map.of("name", "Multi-line test 2", "kind", "NEWS_OUTLET", "description", "One\u0000"))
                .body("errors[0].extensions.field", equalTo("input.description"));
        GraphQL.editor().send(SOURCE, "in", Map.of("name", "   ", "kind", "NEWS_OUTLET"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.name"));
        // only the one good source was written
        org.junit.jupiter.api.Assertions.assertEquals(before + 1, sources());
        // text arguments too
        String id = draft();
        GraphQL.editor().send("mutation($id: ID!, $n: String) { updateDeployment(id: $id, expectedVersion: 1, input: {}, note: $n) { version } }",
                "id", id, "n", "bad\u0000note")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT")).body("errors[0].extensions.field", equalTo("note"));
    }

    @Test
    void numbersMustBeFiniteAndHeadcountsSane() {
        Map<String, Object> huge = Inputs.deployment("KP", "RU");
        huge.put("headcount", new HashMap<>(Map.of("value", 1e308, "approximation", "ABOUT", "unit", "troops")));
        GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", huge)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.headcount.value"));
        GraphQL.editor().send("""
                mutation { createDeployment(input: { origin: "KP", destination: "RU", personnel: TROOPS,
                  headcount: { value: 1e309, approximation: ABOUT, unit: "troops" } }) { id } }
                """)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", startsWith("input"));
        huge.put("headcount", new HashMap<>(Map.of("value", 15000, "approximation", "NEARLY", "unit", "workers")));
        GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", huge).body("errors", nullValue());
    }

    @Test
    void blankTextInACorrectionIsRefusedRightAway() {
        String id = draft();
        GraphQL.chief().send(PUBLISH, "id", id, "v", 1).body("errors", nullValue());
        String submit = "mutation($in: CorrectionInput!) { submitCorrection(input: $in) { id status } }";
        Map<String, Object> correction = new HashMap<>(Map.of("factId", id, "reason", "The figure was wrong.",
                "publicNote", "An earlier version gave the wrong figure.", "deployment", Map.of("notes", "   ")));
        GraphQL.editor().send(submit, "in", correction)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.deployment.notes"));
        correction.put("reason", " \t ");
        correction.put("deployment", Map.of("notes", "Workers, not troops."));
        GraphQL.editor().send(submit, "in", correction).body("errors[0].extensions.field", equalTo("input.reason"));
        GraphQL.editor().send("{ corrections(status: PENDING, first: 100) { nodes { fact { id } } } }")
                .body("data.corrections.nodes.findAll { it.fact.id == '" + id + "' }", hasSize(0));
        correction.put("reason", "The notes were missing.");
        GraphQL.editor().send(submit, "in", correction).body("data.submitCorrection.status", equalTo("PENDING"));
    }

    @Test
    void theBaselineRuleHoldsForPatches() {
        Map<String, Object> change = Inputs.statistic("DE");
        change.put("measure", "CHANGE");
        change.put("baseline", Map.of("start", "2023-01-01", "precision", "YEAR"));
        String id = GraphQL.editor().send(Inputs.CREATE_STATISTIC, "input", change).body("errors", nullValue())
                .extract().path("data.createStatistic.id");
        String update = "mutation($id: ID!, $v: Int!, $input: StatisticPatch!) { updateStatistic(id: $id, expectedVersion: $v, input: $input) { version measure baseline { text } } }";
        // a baseline that does not end before the period starts
        GraphQL.editor().send(update, "id", id, "v", 1, "input", Map.of("baseline", Map.of("start", "2024-06-01", "precision", "MONTH")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT")).body("errors[0].extensions.field", equalTo("input.baseline"));
        // a baseline for a measure that is not a CHANGE
        GraphQL.editor().send(update, "id", id, "v", 1, "input", Map.of("measure", "ESTIMATE",
                "baseline", Map.of("start", "2022-01-01", "precision", "YEAR")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT")).body("errors[0].extensions.field", equalTo("input.baseline"));
        // the same input does it right on create
        Map<String, Object> late = Inputs.statistic("DE");
        late.put("measure", "CHANGE");
        late.put("baseline", Map.of("start", "2024-06-01", "precision", "MONTH"));
        GraphQL.editor().send(Inputs.CREATE_STATISTIC, "input", late)
                .body("errors[0].extensions.field", equalTo("input.baseline"));
        // positive control: measure no longer a CHANGE drops the baseline, in the open (version 2)
        GraphQL.editor().send(update, "id", id, "v", 1, "input", Map.of("measure", "ESTIMATE"))
                .body("errors", nullValue()).body("data.updateStatistic.baseline", nullValue())
                .body("data.updateStatistic.version", equalTo(2));
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        ValidatableResponse kp = GraphQL.reader().send("{ deployments(filter: { origin: \"KP\" }, first: 1) { pageInfo { endCursor } } }");
        String cursor = kp.extract().path("data.deployments.pageInfo.endCursor");
        GraphQL.reader().send("query($a: String) { deployments(filter: { origin: \"KP\" }, first: 1, after: $a) { nodes { id } } }", "a", cursor)
                .body("errors", nullValue());
        GraphQL.reader().send("query($a: String) { deployments(filter: { origin: \"RU\" }, first: 1, after: $a) { nodes { id } } }", "a", cursor)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT")).body("errors[0].extensions.field", equalTo("after"));
        GraphQL.reader().send("query($a: String) { statistics(first: 1, after: $a) { nodes { id } } }", "a", cursor)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        String search = GraphQL.reader().send("{ search(text: \"workers\", first: 1) { pageInfo { endCursor } } }")
                .extract().path("data.search.pageInfo.endCursor");
        GraphQL.reader().send("query($a: String) { search(text: \"troops\", first: 1, after: $a) { nodes { id } } }", "a", search)
                .body("errors[0].extensions.field", equalTo("after"));
        GraphQL.reader().send("query($a: String) { search(text: \"workers\", first: 1, after: $a) { nodes { id } } }", "a", search)
                .body("errors", nullValue());
    }

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    /**
     * A correction that was valid when submitted but no longer applies when approved (here: its stored patch is
     * changed behind the service's back, as a rule change between releases would) is refused with the correction's
     * own field, not with an input path that reviewCorrection does not have; and the approval changes nothing.
     */
    @Test
    void anApprovalThatNoLongerAppliesNamesTheCorrectionsField() throws Exception {
        String id = GraphQL.editor().send(Inputs.CREATE_STATISTIC, "input", Inputs.statistic("PL")).body("errors", nullValue())
                .extract().path("data.createStatistic.id");
        GraphQL.chief().send(PUBLISH, "id", id, "v", 1).body("errors", nullValue());
        String correction = GraphQL.editor().send("mutation($in: CorrectionInput!) { submitCorrection(input: $in) { id } }", "in",
                Map.of("factId", id, "reason", "It was an estimate.", "publicNote", "The figure is an estimate.",
                        "statistic", Map.of("measure", "ESTIMATE")))
                .body("errors", nullValue()).extract().path("data.submitCorrection.id");
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("update correction set patch = '{\"measure\":\"CHANGE\"}' where id = " + correction);
        }
        String review = "mutation($id: ID!) { reviewCorrection(id: $id, decision: APPROVE) { status } }";
        GraphQL.as(org.newsroom.facts.support.Tokens.chief("chris")).send(review, "id", correction)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("correction.statistic.baseline"));
        GraphQL.editor().send("{ fact(id: \"" + id + "\") { version ... on Statistic { measure } } }")
                .body("data.fact.version", equalTo(2)).body("data.fact.measure", equalTo("OFFICIAL"));
        // positive control: with its patch as submitted, the same approval works
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("update correction set patch = '{\"measure\":\"ESTIMATE\"}' where id = " + correction);
        }
        GraphQL.as(org.newsroom.facts.support.Tokens.chief("chris")).send(review, "id", correction)
                .body("data.reviewCorrection.status", equalTo("APPROVED"));
    }
}
