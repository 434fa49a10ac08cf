package org.newsroom.facts.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;
import org.newsroom.facts.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Four-eyes compares who people are (the token's issuer and subject), not what they are called: a chief cannot
 * approve their own correction under another spelling of their name, and two people who share a name can review
 * each other. History records both the name and the identity.
 */
@QuarkusTest
class FourEyesTest {

    static final String SUBMIT = "mutation($in: CorrectionInput!) { submitCorrection(input: $in) { id status } }";
    static final String REVIEW = "mutation($id: ID!) { reviewCorrection(id: $id, decision: APPROVE) { status reviewedBy } }";

    @Test
    void theSameSubjectUnderAnotherNameIsStillTheAuthor() {
        GraphQL carla = GraphQL.as(Tokens.of("sub-carla-4eyes", "carla", "editor", "chief"));
        String id = carla.send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment("KP", "RU"))
                .extract().path("data.createDeployment.id");
        carla.send("mutation($id: ID!) { publishFact(id: $id, expectedVersion: 1) { status } }", "id", id)
                .body("data.publishFact.status", equalTo("PUBLISHED"));
        String correction = carla.send(SUBMIT, "in", Map.of("factId", id, "reason", "Wrong figure.",
                "publicNote", "An earlier version gave the wrong figure.", "deployment", Map.of("notes", "Corrected.")))
                .body("errors", nullValue()).extract().path("data.submitCorrection.id");
        for (String name : new String[] { "Carla", "carla ", "CARLA", "someone else" }) {
            GraphQL.as(Tokens.of("sub-carla-4eyes", name, "chief")).send(REVIEW, "id", correction)
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        }
        // another person called carla (another subject) may review it: the name alone proves nothing
        GraphQL.as(Tokens.of("sub-carla-the-other", "carla", "chief")).send(REVIEW, "id", correction)
                .body("errors", nullValue())
                .body("data.reviewCorrection.status", equalTo("APPROVED"));
        carla.send("query($id: ID!) { fact(id: $id) { history { number by byIdentity action } } }", "id", id)
                .body("data.fact.history.find { it.action == 'CORRECTED' }.by", equalTo("carla"))
                .body("data.fact.history.find { it.action == 'CORRECTED' }.byIdentity", equalTo("newsroom-facts-dev|sub-carla-the-other"))
                .body("data.fact.history.byIdentity", hasItem("newsroom-facts-dev|sub-carla-4eyes"));
    }
}
