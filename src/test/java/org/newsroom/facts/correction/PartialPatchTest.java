package org.newsroom.facts.correction;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import org.newsroom.facts.support.Corrections;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;
import org.newsroom.facts.support.Tokens;

/**
 * A patch means only what it says, at every level: a correction that changes only a period's start keeps the
 * period's precision (the desk's correction form sent {@code period: { start }} and the API made a MONTH a single
 * DAY, because PeriodInput's precision defaulted to DAY); a span keeps its end; a new value keeps its approximation
 * ("about"), and a unit alone keeps the figures. A new period without a precision is still a DAY. The facts go
 * from Niue to Fiji, where no other test looks.
 */
@QuarkusTest
class PartialPatchTest {

    static final String READ = "query($id: ID!) { fact(id: $id) { version ... on Deployment { period { start end precision } "
            + "headcount { value low high approximation unit } } } }";
    static final String UPDATE = "mutation($id: ID!, $v: Int!, $in: DeploymentPatch!) { updateDeployment(id: $id, expectedVersion: $v, input: $in) { version } }";

    @Test
    void aCorrectedPeriodWithoutPrecisionKeepsThePrecision() {
        String fact = Corrections.published("NU", "FJ"); // period 2024-08, MONTH
        GraphQL.reader().send(READ, "id", fact).body("data.fact.period.precision", equalTo("MONTH"));
        String correction = Corrections.submit(GraphQL.editor(), Corrections.correction(fact, Map.of("period", Map.of("start", "2024-09-01"))));
        GraphQL.as(Tokens.chief("chris")).send(Corrections.REVIEW, "id", correction, "d", "APPROVE").body("errors", nullValue());
        GraphQL.reader().send(READ, "id", fact)
                .body("data.fact.period.precision", equalTo("MONTH"))
                .body("data.fact.period.start", equalTo("2024-09-01"))
                .body("data.fact.period.end", equalTo("2024-09-30"));
    }

    @Test
    void aSpanKeepsItsEndWhenOnlyItsStartChanges() {
        String id = draft();
        update(id, 1, Map.of("period", Map.of("start", "2024-03-01", "end", "2024-06-01")));
        update(id, 2, Map.of("period", Map.of("start", "2024-02-01")));
        GraphQL.editor().send(READ, "id", id)
                .body("data.fact.period.precision", equalTo("MONTH"))
                .body("data.fact.period.start", equalTo("2024-02-01"))
                .body("data.fact.period.end", equalTo("2024-06-30"));
    }

    @Test
    void aNewValueKeepsItsApproximationAndAUnitAloneKeepsTheFigures() {
        String id = draft(); // about 500 workers
        update(id, 1, Map.of("headcount", Map.of("value", 600, "unit", "workers")));
        GraphQL.editor().send(READ, "id", id)
                .body("data.fact.headcount.approximation", equalTo("ABOUT"))
                .body("data.fact.headcount.value", equalTo(600.0f));
        update(id, 2, Map.of("headcount", Map.of("unit", "labourers")));
        GraphQL.editor().send(READ, "id", id)
                .body("data.fact.headcount.approximation", equalTo("ABOUT"))
                .body("data.fact.headcount.value", equalTo(600.0f))
                .body("data.fact.headcount.unit", equalTo("labourers"));
        // positive control: what is said changes, and a merged figure is still checked against its approximation
        update(id, 3, Map.of("headcount", Map.of("low", 550, "high", 650, "approximation", "RANGE", "unit", "workers")));
        GraphQL.editor().send(READ, "id", id).body("data.fact.headcount.approximation", equalTo("RANGE"))
                .body("data.fact.headcount.value", nullValue());
        GraphQL.editor().send(UPDATE, "id", id, "v", 4, "in", Map.of("headcount", Map.of("value", 600, "approximation", "RANGE", "unit", "workers")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.headcount.low"));
    }

    @Test
    void aNewPeriodWithoutPrecisionIsADay() {
        Map<String, Object> input = Inputs.deployment("NU", "FJ");
        input.put("period", Map.of("start", "2024-08-06"));
        String id = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", input).body("errors", nullValue())
                .extract().path("data.createDeployment.id");
        GraphQL.editor().send(READ, "id", id).body("data.fact.period.precision", equalTo("DAY"))
                .body("data.fact.period.end", equalTo("2024-08-06"));
    }

    private static String draft() {
        return GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment("NU", "FJ")).body("errors", nullValue())
                .extract().path("data.createDeployment.id");
    }

    private static void update(String id, int version, Map<String, Object> patch) {
        GraphQL.editor().send(UPDATE, "id", id, "v", version, "in", new HashMap<>(patch)).body("errors", nullValue());
    }
}
