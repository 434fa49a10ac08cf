package org.newsroom.facts.correction;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.newsroom.facts.support.Corrections.PUBLISH;
import static org.newsroom.facts.support.Corrections.REVIEW;
import static org.newsroom.facts.support.Corrections.SUBMIT;
import static org.newsroom.facts.support.Corrections.correction;
import static org.newsroom.facts.support.Corrections.published;
import static org.newsroom.facts.support.Corrections.submit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;
import org.newsroom.facts.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The editorial workflow through HTTP: publishing, retraction, history, corrections and their review. */
@QuarkusTest
class WorkflowTest {

    static final String RETRACT = "mutation($id: ID!, $v: Int!, $r: String!) { retractFact(id: $id, expectedVersion: $v, reason: $r) { status version corrections { text correctedAt } } }";
    static final String FACT = """
            query($id: ID!) { fact(id: $id) { version status verification summary corrections { text }
              citations { source { name } } ... on Deployment { headcount { value text } period { start text } } } }
            """;
    static final String HISTORY = "query($id: ID!) { fact(id: $id) { history { number by action note changes { field from to } } } }";

    static final GraphQL OTHER_CHIEF = GraphQL.as(Tokens.chief("chris"));

    static ValidatableResponse fact(GraphQL as, String id) {
        return as.send(FACT, "id", id).body("errors", nullValue());
    }

    @Test
    void chiefsRetractPublishedFactsWithAPublicNote() {
        String id = published("GT");
        GraphQL.editor().send(RETRACT, "id", id, "v", 2, "r", "x")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.chief().send(RETRACT, "id", id, "v", 1, "r", "Wrong")
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        GraphQL.chief().send(RETRACT, "id", id, "v", 2, "r", " ")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("reason"));
        GraphQL.chief().send(RETRACT, "id", id, "v", 2, "r", "The report this relied on was withdrawn.")
                .body("errors", nullValue())
                .body("data.retractFact.status", equalTo("RETRACTED"))
                .body("data.retractFact.version", equalTo(3))
                .body("data.retractFact.corrections.text", contains("The report this relied on was withdrawn."));
        fact(GraphQL.reader(), id)
                .body("data.fact.status", equalTo("RETRACTED"))
                .body("data.fact.corrections.text", contains("The report this relied on was withdrawn."));
        GraphQL.chief().send(RETRACT, "id", id, "v", 3, "r", "Again")
                .body("errors[0].extensions.code", equalTo("INVALID_STATE"));
        String draft = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment("HN", "RU")).extract().path("data.createDeployment.id");
        GraphQL.chief().send(RETRACT, "id", draft, "v", 1, "r", "Not yet public")
                .body("errors[0].extensions.code", equalTo("INVALID_STATE"));
        GraphQL.editor().send(HISTORY, "id", id)
                .body("data.fact.history.action", contains("CREATED", "PUBLISHED", "RETRACTED"))
                .body("data.fact.history[2].note", equalTo("The report this relied on was withdrawn."));
    }

    @Test
    void historyIsForEditorsAndShowsEveryChange() {
        String id = GraphQL.as(Tokens.editor("eddie")).send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment("SV", "RU"))
                .extract().path("data.createDeployment.id");
        GraphQL.editor().send("mutation($id: ID!) { updateDeployment(id: $id, expectedVersion: 1, input: { headcount: { value: 650, approximation: NEARLY, unit: \"workers\" } }, note: \"Checked the ministry's table\") { version } }", "id", id)
                .body("errors", nullValue());
        GraphQL.chief().send(PUBLISH, "id", id, "v", 2).body("errors", nullValue());
        GraphQL.reader().send(HISTORY, "id", id)
                .body("data.fact.history", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.editor().send(HISTORY, "id", id)
                .body("errors", nullValue())
                .body("data.fact.history.number", contains(1, 2, 3))
                .body("data.fact.history.action", contains("CREATED", "EDITED", "PUBLISHED"))
                .body("data.fact.history.by", contains("eddie", "erin", "carla"))
                .body("data.fact.history[1].note", equalTo("Checked the ministry's table"))
                .body("data.fact.history[1].changes.field", contains("headcount.value", "headcount.approximation"))
                .body("data.fact.history[1].changes[0].from", equalTo("500"))
                .body("data.fact.history[1].changes[0].to", equalTo("650"))
                .body("data.fact.history[2].changes.field", contains("status"))
                .body("data.fact.history[2].changes[0].to", equalTo("PUBLISHED"))
                .body("data.fact.history[0].changes.field", hasItem("origin"));
    }

    @Test
    void correctionsAreCheckedWhenSubmitted() {
        String id = published("NI");
        GraphQL.reader().send(SUBMIT, "in", correction(id, Map.of("notes", "x")))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        GraphQL.editor().send(SUBMIT, "in", correction(id, Map.of("headcount", Map.of("value", 10, "low", 20, "high", 30, "approximation", "ABOUT", "unit", "workers"))))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.deployment.headcount.low"));
        Map<String, Object> wrongKind = correction(id, null);
        wrongKind.put("statistic", Map.of("indicator", "x"));
        GraphQL.editor().send(SUBMIT, "in", wrongKind)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.statistic"));
        GraphQL.editor().send(SUBMIT, "in", correction(id, null))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input"));
        String moscow = GraphQL.reader().send("{ country(code: \"RU\") { places { id name } } }")
                .extract().path("data.country.places.find { it.name == 'Moscow' }.id");
        GraphQL.editor().send(SUBMIT, "in", correction(id, Map.of("destination", "UA", "placeIds", List.of(moscow))))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.deployment.placeIds[0]"));
        Map<String, Object> badEvidence = correction(id, Map.of("notes", "x"));
        badEvidence.put("evidence", Map.of("sourceId", "999999"));
        GraphQL.editor().send(SUBMIT, "in", badEvidence)
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.field", equalTo("input.evidence.sourceId"));
        String draft = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment("NI", "RU")).extract().path("data.createDeployment.id");
        GraphQL.editor().send(SUBMIT, "in", correction(draft, Map.of("notes", "x")))
                .body("errors[0].extensions.code", equalTo("INVALID_STATE"))
                .body("errors[0].extensions.field", equalTo("input.factId"));
        GraphQL.editor().send("{ corrections { nodes { fact { id } } } }")
                .body("data.corrections.nodes.fact.id", not(hasItem(id)));
        fact(GraphQL.editor(), id).body("data.fact.version", equalTo(2)).body("data.fact.citations", hasSize(1));
    }

    @Test
    void aChiefWhoIsNotTheAuthorApprovesACorrection() {
        String id = published("CR");
        Map<String, Object> input = correction(id, Map.of("headcount", Map.of("value", 700, "approximation", "ABOUT", "unit", "workers")));
        input.put("evidence", Map.of("sourceId", Inputs.sourceId("labour"), "title", "Revised table"));
        String correction = submit(GraphQL.chief(), input);
        GraphQL.editor().send("{ corrections(status: PENDING, first: 100) { totalCount nodes { id status reason publicNote submittedBy evidence { title source { name } } fact { id } } } }")
                .body("errors", nullValue())
                .body("data.corrections.nodes.find { it.id == '" + correction + "' }.submittedBy", equalTo("carla"))
                .body("data.corrections.nodes.find { it.id == '" + correction + "' }.evidence.title", equalTo("Revised table"));
        GraphQL.reader().send("{ corrections { totalCount } }").body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        fact(GraphQL.reader(), id).body("data.fact.headcount.value", equalTo(500.0f)).body("data.fact.citations", hasSize(1));

        GraphQL.editor().send(REVIEW, "id", correction, "d", "APPROVE").body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.chief().send(REVIEW, "id", correction, "d", "APPROVE")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        OTHER_CHIEF.send(REVIEW, "id", correction, "d", "APPROVE", "n", "Matches the ministry")
                .body("errors", nullValue())
                .body("data.reviewCorrection.status", equalTo("APPROVED"))
                .body("data.reviewCorrection.reviewedBy", equalTo("chris"))
                .body("data.reviewCorrection.reviewNote", equalTo("Matches the ministry"));
        fact(GraphQL.reader(), id)
                .body("data.fact.version", equalTo(3))
                .body("data.fact.headcount.value", equalTo(700.0f))
                .body("data.fact.corrections.text", contains("An earlier version gave the wrong number of workers."))
                .body("data.fact.citations", hasSize(2));
        GraphQL.editor().send(HISTORY, "id", id)
                .body("data.fact.history.number", contains(1, 2, 3))
                .body("data.fact.history[2].action", equalTo("CORRECTED"))
                .body("data.fact.history[2].by", equalTo("chris"))
                .body("data.fact.history[2].note", equalTo("An earlier version gave the wrong number of workers."))
                .body("data.fact.history[2].changes.find { it.field == 'headcount.value' }.from", equalTo("500"))
                .body("data.fact.history[2].changes.find { it.field == 'headcount.value' }.to", equalTo("700"));
        OTHER_CHIEF.send(REVIEW, "id", correction, "d", "REJECT").body("errors[0].extensions.code", equalTo("INVALID_STATE"));
        OTHER_CHIEF.send(REVIEW, "id", "777777", "d", "REJECT").body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void placeChangesAppearInTheHistory() {
        var created = GraphQL.editor().send("mutation { a: createPlace(input: { name: \"Khabarovsk\", kind: CITY, country: \"RU\" }) { id } "
                + "b: createPlace(input: { name: \"Sakhalin\", kind: REGION, country: \"RU\" }) { id } }")
                .body("errors", nullValue()).extract();
        List<String> places = List.of(created.path("data.a.id"), created.path("data.b.id"));
        Map<String, Object> input = Inputs.deployment("LC", "RU");
        input.put("placeIds", List.of(places.get(0)));
        String id = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", input).extract().path("data.createDeployment.id");
        GraphQL.chief().send(PUBLISH, "id", id, "v", 1).body("errors", nullValue());
        String correction = submit(GraphQL.editor(), correction(id, Map.of("placeIds", List.of(places.get(0), places.get(1)))));
        GraphQL.chief().send(REVIEW, "id", correction, "d", "APPROVE").body("errors", nullValue());
        GraphQL.reader().send("query($id: ID!) { deployment(id: $id) { places { name } } }", "id", id)
                .body("data.deployment.places.name", contains("Khabarovsk", "Sakhalin"));
        GraphQL.editor().send(HISTORY, "id", id)
                .body("data.fact.history[0].changes.find { it.field == 'placeIds' }.to", equalTo(places.get(0)))
                .body("data.fact.history[2].changes", contains(Map.of("field", "placeIds", "from", places.get(0),
                        "to", places.get(0) + ", " + places.get(1))));
    }

    @Test
    void rejectingChangesNothingButTheCorrection() {
        String id = published("DO");
        String correction = submit(GraphQL.editor(), correction(id, Map.of("notes", "Rejected change")));
        GraphQL.chief().send(REVIEW, "id", correction, "d", "REJECT", "n", "Not convincing")
                .body("data.reviewCorrection.status", equalTo("REJECTED"));
        fact(GraphQL.editor(), id).body("data.fact.version", equalTo(2)).body("data.fact.corrections", empty());
        GraphQL.editor().send(HISTORY, "id", id).body("data.fact.history", hasSize(2));
    }

    @Test
    void aStaleCorrectionIsNotApprovedAndAFailedApprovalChangesNothing() {
        String id = published("JM");
        String first = submit(GraphQL.editor(), correction(id, Map.of("headcount", Map.of("value", 510, "unit", "workers"))));
        String second = submit(GraphQL.editor(), correction(id, Map.of("headcount", Map.of("value", 520, "unit", "workers"))));
        GraphQL.chief().send(REVIEW, "id", first, "d", "APPROVE").body("errors", nullValue());
        GraphQL.chief().send(REVIEW, "id", second, "d", "APPROVE")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        fact(GraphQL.editor(), id)
                .body("data.fact.version", equalTo(3))
                .body("data.fact.headcount.value", equalTo(510.0f))
                .body("data.fact.corrections", hasSize(1));
        GraphQL.editor().send(HISTORY, "id", id).body("data.fact.history.number", contains(1, 2, 3));
        GraphQL.editor().send("{ corrections(status: PENDING, first: 100) { nodes { id } } }")
                .body("data.corrections.nodes.id", hasItem(second));
    }

    @Test
    void verificationAndDisputesAppearInTheHistory() {
        String id = published("PA");
        Map<String, Object> refute = correction(id, null);
        refute.put("verification", "REFUTED");
        GraphQL.chief().send(REVIEW, "id", submit(GraphQL.editor(), refute), "d", "APPROVE").body("errors", nullValue());
        GraphQL.editor().send("mutation($id: ID!, $s: ID!) { addDispute(factId: $id, input: { sourceId: $s, statement: \"Says it never happened\" }) { verification version } }",
                "id", id, "s", Inputs.sourceId("kremlin"))
                .body("data.addDispute.verification", equalTo("DISPUTED"))
                .body("data.addDispute.version", equalTo(4));
        GraphQL.editor().send(HISTORY, "id", id)
                .body("data.fact.history.action", contains("CREATED", "PUBLISHED", "CORRECTED", "EDITED"))
                .body("data.fact.history[2].changes", contains(Map.of("field", "verification", "from", "REPORTED", "to", "REFUTED")))
                .body("data.fact.history[3].changes", contains(Map.of("field", "verification", "from", "REFUTED", "to", "DISPUTED")))
                .body("data.fact.history[3].note", equalTo("Disputed by The Kremlin: Says it never happened"));
    }

    /** The story says the first 12,000 troops went "in 2023"; they went in 2024. */
    @Test
    void theStorysOwnCorrection() {
        String id = GraphQL.reader().send("{ deployments(filter: { origin: \"KP\", personnel: TROOPS }, orderBy: LARGEST_FIRST, first: 1) { nodes { id version period { text } } } }")
                .extract().path("data.deployments.nodes[0].id");
        ValidatableResponse before = fact(GraphQL.reader(), id).body("data.fact.headcount.value", equalTo(12000.0f));
        int version = before.extract().path("data.fact.version");
        Map<String, Object> input = correction(id, Map.of("period", Map.of("start", "2024-01-01", "precision", "YEAR")));
        input.put("reason", "North Korea's first troops reached Russia in autumn 2024, not in 2023.");
        input.put("publicNote", "An earlier version said North Korea sent its first 12,000 troops in 2023. They were sent in 2024.");
        input.put("evidence", Map.of("sourceId", Inputs.sourceId("intelligence"), "title", "Briefing on North Korean troops in Russia"));
        String correction = submit(GraphQL.editor(), input);
        GraphQL.chief().send(REVIEW, "id", correction, "d", "APPROVE").body("errors", nullValue());
        fact(GraphQL.reader(), id)
                .body("data.fact.period.text", equalTo("2024"))
                .body("data.fact.summary", equalTo("North Korea sent 12,000 troops to Russia (2024)."))
                .body("data.fact.version", equalTo(version + 1))
                .body("data.fact.corrections[0].text", equalTo("An earlier version said North Korea sent its first 12,000 troops in 2023. They were sent in 2024."))
                .body("data.fact.citations.source.name", hasItem("South Korea's National Intelligence Service"));
        GraphQL.editor().send(HISTORY, "id", id)
                .body("data.fact.history[-1].action", equalTo("CORRECTED"))
                .body("data.fact.history[-1].number", equalTo(version + 1))
                .body("data.fact.history[-1].changes.find { it.field == 'period.start' }.from", equalTo("2023-01-01"))
                .body("data.fact.history[-1].changes.find { it.field == 'period.start' }.to", equalTo("2024-01-01"))
                .body("data.fact.history[0].action", equalTo("CREATED"))
                .body("data.fact.history[0].by", notNullValue());
    }
}
