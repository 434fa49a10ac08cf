package org.newsroom.facts.fact;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;

import io.quarkus.test.junit.QuarkusTest;

/** How a source puts a fact is printed in its summary, and a running total says the day it holds on. */
@QuarkusTest
class ModalityTest {

    static String summary(String modality, String asOf) {
        Map<String, Object> input = Inputs.deployment("KP", "BY");
        input.put("modality", modality);
        if (asOf != null) {
            input.put("asOf", asOf);
        }
        return GraphQL.editor().send("mutation($input: DeploymentInput!) { createDeployment(input: $input) { summary modality } }", "input", input)
                .body("errors", nullValue()).body("data.createDeployment.modality", equalTo(modality))
                .extract().path("data.createDeployment.summary");
    }

    @Test
    void everyModalityIsPrintedInTheSummary() {
        org.junit.jupiter.api.Assertions.assertEquals("North Korea sent about 500 workers to Belarus (August 2024).", summary("STATED", null));
        org.junit.jupiter.api.Assertions.assertEquals("North Korea has reportedly sent about 500 workers to Belarus (August 2024).",
                summary("REPORTED", null));
        org.junit.jupiter.api.Assertions.assertEquals("North Korea is believed to have sent about 500 workers to Belarus (August 2024).",
                summary("BELIEVED", null));
        org.junit.jupiter.api.Assertions.assertEquals("North Korea has allegedly sent about 500 workers to Belarus (August 2024).",
                summary("ALLEGED", null));
        org.junit.jupiter.api.Assertions.assertEquals(
                "North Korea could send about 500 workers to Belarus (August 2024; as of 3 September 2024).", summary("PROJECTED", "2024-09-03"));
    }

    @Test
    void theStorysHedgesCarryOver() {
        GraphQL.reader().send("""
                { workers: deployments(filter: { origin: "KP", destination: "RU", personnel: WORKERS }) { nodes { summary modality asOf } }
                  projected: statistics(filter: { country: "RU", measure: PROJECTION }) { nodes { summary modality } } }
                """)
                .body("errors", nullValue())
                .body("data.workers.nodes[0].summary", equalTo("North Korea has reportedly sent nearly 15,000 workers to Russia (as of 1 May 2025)."))
                .body("data.workers.nodes[0].asOf", equalTo("2025-05-01"))
                .body("data.projected.nodes[0].modality", equalTo("PROJECTED"))
                .body("data.projected.nodes[0].summary", equalTo("Labour shortfall in Russia: could reach 2.4 million workers (2030)."));
    }

    @Test
    void aCorrectionCanChangeTheModality() {
        String id = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment("KP", "LA"))
                .extract().path("data.createDeployment.id");
        GraphQL.chief().send("mutation($id: ID!) { publishFact(id: $id, expectedVersion: 1) { status } }", "id", id).body("errors", nullValue());
        String correction = GraphQL.editor().send("mutation($in: CorrectionInput!) { submitCorrection(input: $in) { id } }", "in", Map.of(
                "factId", id, "reason", "Only one outlet reports it", "publicNote", "The figure is reported, not confirmed.",
                "deployment", Map.of("modality", "REPORTED"))).body("errors", nullValue()).extract().path("data.submitCorrection.id");
        GraphQL.as(org.newsroom.facts.support.Tokens.chief("chris"))
                .send("mutation($id: ID!) { reviewCorrection(id: $id, decision: APPROVE) { status } }", "id", correction)
                .body("errors", nullValue());
        GraphQL.editor().send("query($id: ID!) { fact(id: $id) { summary modality history { changes { field from to } } } }", "id", id)
                .body("data.fact.modality", equalTo("REPORTED"))
                .body("data.fact.summary", equalTo("North Korea has reportedly sent about 500 workers to Laos (August 2024)."))
                .body("data.fact.history[2].changes.find { it.field == 'modality' }.from", equalTo("STATED"))
                .body("data.fact.history[2].changes.find { it.field == 'modality' }.to", equalTo("REPORTED"));
    }
}
