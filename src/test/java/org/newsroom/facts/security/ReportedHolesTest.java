package org.newsroom.facts.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.Corrections;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;
import org.newsroom.facts.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The bad input and internal errors the attack of issue 21 found: each refused with a code, plain words and the field,
 * writing nothing, with a positive control beside it.
 */
@QuarkusTest
class ReportedHolesTest {

    static final String SOURCE = "mutation($in: SourceInput!) { createSource(input: $in) { id name } }";

    @Test
    void datesBeyondTheYear9999AreBadInputNotInternalErrors() {
        GraphQL.reader().send("{ changes(since: \"+999999999-12-31T23:59:59Z\") { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("since"));
        GraphQL.reader().send("query($s: DateTime!) { changes(since: $s) { totalCount } }", "s", "+999999999-12-31T23:59:59Z")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("s"));
        String fact = Corrections.published("GY");
        String source = Inputs.sourceId("The Kremlin");
        String dispute = "mutation($id: ID!, $on: Date!) { addDispute(factId: $id, input: { sourceId: \"" + source
                + "\", statement: \"denied\", on: $on }) { version } }";
        GraphQL.editor().send(dispute, "id", fact, "on", "+999999999-01-01")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT")).body("errors[0].extensions.field", equalTo("on"));
        GraphQL.editor().send(dispute, "id", fact, "on", "0000-01-01")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT")).body("errors[0].extensions.field", equalTo("on"));
        // positive controls
        GraphQL.reader().send("{ changes(since: \"9999-12-31T23:59:59Z\") { totalCount } }").body("errors", nullValue());
        GraphQL.editor().send(dispute, "id", fact, "on", "2025-05-01").body("errors", nullValue());
    }

    @Test
    void aSubscriptionOverHttpIsRefusedInPlainWords() {
        given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", "subscription { factChanged { event } }")).post("/graphql")
                .then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("SUBSCRIPTION_NEEDS_WEBSOCKET"))
                .body(not(containsString("SubscriptionPublisher")));
    }

    @Test
    void aNumberThatIsNoNumberIsNamedInPlainWords() {
        String literal = "mutation { createDeployment(input: { origin: \"GY\", destination: \"RU\", personnel: WORKERS, "
                + "period: { start: \"2024-08-06\", precision: MONTH }, citations: [{ sourceId: \"" + Inputs.sourceId("wall street")
                + "\" }], headcount: { value: %s, approximation: ABOUT, unit: \"workers\" } }) { id } }";
        GraphQL.editor().send(String.format(literal, "\"NaN\""))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.headcount.value"))
                .body("errors[0].message", not(containsString("SRGQL")))
                .body("errors[0].message", not(containsString("StringValue")));
        GraphQL.editor().send(String.format(literal, "500")).body("errors", nullValue()); // positive control
    }

    @Test
    void onlyAbsoluteHttpUrlsWithAHostAreAccepted() {
        for (String url : List.of("http:alert(1)", "https:javascript:alert(1)", "javascript:alert(1)", "http://example.org/<script>",
                "https://example.org/a\u2028b", "http:///path", "https://user:pw@example.org/")) {
            GraphQL.editor().send(SOURCE, "in", Map.of("name", "Url test", "kind", "NEWS_OUTLET", "url", url))
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].extensions.field", equalTo("input.url"));
            Map<String, Object> input = Inputs.deployment("GY", "RU");
            input.put("citations", List.of(Map.of("sourceId", Inputs.sourceId("wall street"), "url", url)));
            GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", input)
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].extensions.field", equalTo("input.citations[0].url"));
            input.put("citations", List.of(Map.of("sourceId", Inputs.sourceId("wall street"), "archiveUrl", url)));
            GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", input)
                    .body("errors[0].extensions.field", equalTo("input.citations[0].archiveUrl"));
        }
        String fact = Corrections.published("GY");
        for (String url : List.of("http://example.org/<script>", "https://example.org/a\u2028b", "http:alert(1)")) {
            GraphQL.as(Tokens.editor("erin")).send("mutation($f: ID!, $u: String!) { registerUsage(factId: $f, url: $u) { url } }", "f", fact, "u", url)
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].extensions.field", equalTo("url"));
        }
        // positive controls
        GraphQL.editor().send(SOURCE, "in", Map.of("name", "Url test", "kind", "NEWS_OUTLET", "url", "https://example.org/news?id=1#top"))
                .body("errors", nullValue());
        GraphQL.editor().send("mutation($f: ID!, $u: String!) { registerUsage(factId: $f, url: $u) { url } }", "f", fact,
                "u", "https://example.org/story/1").body("errors", nullValue());
    }

    @Test
    void invisibleOnlyNamesAreBlank() {
        for (String name : List.of("\u200B", "\uFEFF\u200B", "\u3164", " \u200D ")) {
            GraphQL.editor().send(SOURCE, "in", Map.of("name", name, "kind", "NEWS_OUTLET"))
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].extensions.field", equalTo("input.name"));
        }
        GraphQL.editor().send(SOURCE, "in", Map.of("name", "Zero\u200Bwidth Daily", "kind", "NEWS_OUTLET"))
                .body("errors", nullValue()).body("data.createSource.id", notNullValue()); // positive control
    }

    @Test
    void aReviewNoteHasABoundAndAnOversizedOneWritesNothing() {
        String fact = Corrections.published("GY");
        String correction = Corrections.submit(GraphQL.editor(), Corrections.correction(fact, Map.of("reportedOn", "2024-08-30")));
        GraphQL.as(Tokens.chief("chris")).send(Corrections.REVIEW, "id", correction, "d", "REJECT", "n", "x".repeat(100_000))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("note"));
        // nothing was written: the correction is still submitted, so it can be reviewed now (positive control)
        GraphQL.as(Tokens.chief("chris")).send(Corrections.REVIEW, "id", correction, "d", "REJECT", "n", "x".repeat(2_000))
                .body("errors", nullValue()).body("data.reviewCorrection.status", equalTo("REJECTED"));
    }
}
