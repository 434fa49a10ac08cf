package org.newsroom.facts.support;

import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

/** Published facts and corrections of them, for tests of the review workflow in any package. */
public final class Corrections {

    public static final String PUBLISH = "mutation($id: ID!, $v: Int!) { publishFact(id: $id, expectedVersion: $v) { version status } }";
    public static final String SUBMIT = "mutation($in: CorrectionInput!) { submitCorrection(input: $in) { id status submittedBy fact { id version } evidence { source { name } } } }";
    public static final String REVIEW = "mutation($id: ID!, $d: ReviewDecision!, $n: String) { reviewCorrection(id: $id, decision: $d, note: $n) { id status reviewedBy reviewNote } }";

    private Corrections() {
    }

    /** A published deployment from the given country to Russia; returns its id (at version 2). */
    public static String published(String origin) {
        return published(origin, "RU");
    }

    /** A published deployment (about 500 workers, August 2024) between the countries; returns its id (at version 2). */
    public static String published(String origin, String destination) {
        String id = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment(origin, destination))
                .body("errors", nullValue()).extract().path("data.createDeployment.id");
        GraphQL.chief().send(PUBLISH, "id", id, "v", 1).body("errors", nullValue());
        return id;
    }

    /** A correction of the fact with a reason and a public note, and the deployment patch if any. */
    public static Map<String, Object> correction(String factId, Map<String, Object> deploymentPatch) {
        Map<String, Object> in = new HashMap<>();
        in.put("factId", factId);
        in.put("reason", "The ministry revised its figure");
        in.put("publicNote", "An earlier version gave the wrong number of workers.");
        if (deploymentPatch != null) {
            in.put("deployment", deploymentPatch);
        }
        return in;
    }

    /** Submits the correction as the given user; returns its id. */
    public static String submit(GraphQL as, Map<String, Object> input) {
        return as.send(SUBMIT, "in", input).body("errors", nullValue()).extract().path("data.submitCorrection.id");
    }
}
