package org.newsroom.facts.correction;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import org.newsroom.facts.support.Corrections;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Tokens;

/**
 * A patch means only what it says: a correction that changes only a period's start keeps the period's precision
 * (the desk's correction form sent {@code period: { start }} and the API made a MONTH a single DAY, because
 * PeriodInput's precision defaulted to DAY). A new period without a precision is still a DAY.
 */
@QuarkusTest
class PartialPatchTest {

    static final String PERIOD = "query($id: ID!) { fact(id: $id) { ... on Deployment { period { start end precision } } } }";

    @Test
    void aPeriodPatchWithoutPrecisionKeepsThePrecision() {
        String fact = Corrections.published("NU"); // period 2024-08, MONTH
        GraphQL.reader().send(PERIOD, "id", fact).body("data.fact.period.precision", equalTo("MONTH"));
        String correction = Corrections.submit(GraphQL.editor(), Corrections.correction(fact, Map.of("period", Map.of("start", "2024-09-01"))));
        GraphQL.as(Tokens.chief("chris")).send(Corrections.REVIEW, "id", correction, "d", "APPROVE").body("errors", nullValue());
        GraphQL.reader().send(PERIOD, "id", fact)
                .body("data.fact.period.precision", equalTo("MONTH"))
                .body("data.fact.period.start", equalTo("2024-09-01"))
                .body("data.fact.period.end", equalTo("2024-09-30"));
    }

    @Test
    void aNewPeriodWithoutPrecisionIsADay() {
        Map<String, Object> input = org.newsroom.facts.support.Inputs.deployment("NU", "RU");
        input.put("period", Map.of("start", "2024-08-06"));
        String id = GraphQL.editor().send(org.newsroom.facts.support.Inputs.CREATE_DEPLOYMENT, "input", input).body("errors", nullValue())
                .extract().path("data.createDeployment.id");
        GraphQL.editor().send(PERIOD, "id", id).body("data.fact.period.precision", equalTo("DAY"))
                .body("data.fact.period.end", equalTo("2024-08-06"));
    }
}
