package org.newsroom.facts.usage;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;
import org.newsroom.facts.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** Where facts are printed: the CMS registers pages, a correction makes them stale, the desk lists them. */
@QuarkusTest
class UsageTest {

    static final GraphQL CMS = GraphQL.as(Tokens.token("cms-prod", "cms"));
    static final String REGISTER = "mutation($f: ID!, $u: String!, $t: String) { registerUsage(factId: $f, url: $u, title: $t) { url title factVersion needsUpdate } }";
    static final String USED_IN = "query($id: ID!) { fact(id: $id) { usedIn { url title factVersion needsUpdate } } }";

    static String published(String origin) {
        String id = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment(origin, "RU"))
                .extract().path("data.createDeployment.id");
        GraphQL.chief().send("mutation($id: ID!) { publishFact(id: $id, expectedVersion: 1) { status } }", "id", id).body("errors", nullValue());
        return id;
    }

    @Test
    void theCmsRegistersAPageAndRegisteringAgainConfirmsIt() {
        String id = published("NP");
        CMS.send(REGISTER, "f", id, "u", "https://news.example/2025/05/workers", "t", "Workers for the war economy")
                .body("errors", nullValue())
                .body("data.registerUsage.factVersion", equalTo(2))
                .body("data.registerUsage.needsUpdate", equalTo(false));
        CMS.send(REGISTER, "f", id, "u", "https://news.example/2025/05/workers", "t", null).body("errors", nullValue())
                .body("data.registerUsage.title", equalTo("Workers for the war economy"));
        GraphQL.editor().send(USED_IN, "id", id)
                .body("data.fact.usedIn", hasSize(1)) // the same page twice is one usage, confirmed
                .body("data.fact.usedIn[0].title", equalTo("Workers for the war economy"));
        GraphQL.reader().send(USED_IN, "id", id).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        CMS.send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment("NP", "QA")).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.reader().send(REGISTER, "f", id, "u", "https://x.example/", "t", null).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        GraphQL.as(Tokens.noRole("somebody")).send(REGISTER, "f", id, "u", "https://x.example/", "t", null)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void badRegistrationsAreRefusedAndWriteNothing() {
        String id = published("BT");
        CMS.send(REGISTER, "f", "999999", "u", "https://news.example/a", "t", null)
                .body("errors[0].extensions.code", equalTo("NOT_FOUND")).body("errors[0].extensions.field", equalTo("factId"));
        CMS.send(REGISTER, "f", id, "u", "ftp://news.example/a", "t", null)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT")).body("errors[0].extensions.field", equalTo("url"));
        String draft = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment("BT", "QA")).extract().path("data.createDeployment.id");
        GraphQL.editor().send(REGISTER, "f", draft, "u", "https://news.example/a", "t", null)
                .body("errors[0].extensions.code", equalTo("INVALID_STATE"));
        GraphQL.editor().send(USED_IN, "id", id).body("data.fact.usedIn", hasSize(0));
        CMS.send(REGISTER, "f", id, "u", "https://news.example/a", "t", null).body("errors", nullValue());
        GraphQL.editor().send(USED_IN, "id", id).body("data.fact.usedIn", hasSize(1)); // positive control
    }

    @Test
    void aCorrectionMakesItsPagesStaleUntilTheyConfirm() {
        String id = published("MN");
        String url = "https://news.example/live/" + id;
        CMS.send(REGISTER, "f", id, "u", url, "t", "Live blog").body("errors", nullValue());
        String stale = "{ staleUsages(first: 100) { totalCount nodes { url needsUpdate factVersion fact { id version } } } }";
        GraphQL.editor().send(stale).body("errors", nullValue()).body("data.staleUsages.nodes.url", not(hasItem(url)));
        String correction = GraphQL.editor().send("mutation($in: CorrectionInput!) { submitCorrection(input: $in) { id } }", "in", Map.of(
                "factId", id, "reason", "r", "publicNote", "An earlier version gave the wrong number.",
                "deployment", Map.of("headcount", Map.of("value", 600, "unit", "workers")))).body("errors", nullValue())
                .extract().path("data.submitCorrection.id");
        GraphQL.editor().send(stale).body("data.staleUsages.nodes.url", not(hasItem(url))); // submitted is not approved
        GraphQL.as(Tokens.chief("chris")).send("mutation($id: ID!) { reviewCorrection(id: $id, decision: APPROVE) { status } }", "id", correction)
                .body("errors", nullValue());
        GraphQL.editor().send(stale)
                .body("data.staleUsages.nodes.find { it.url == '" + url + "' }.needsUpdate", equalTo(true))
                .body("data.staleUsages.nodes.find { it.url == '" + url + "' }.factVersion", equalTo(2))
                .body("data.staleUsages.nodes.find { it.url == '" + url + "' }.fact.version", equalTo(3));
        GraphQL.reader().send(stale).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        CMS.send(REGISTER, "f", id, "u", url, "t", null).body("data.registerUsage.needsUpdate", equalTo(false))
                .body("data.registerUsage.factVersion", equalTo(3));
        GraphQL.editor().send(stale).body("data.staleUsages.nodes.url", not(hasItem(url)));
    }
}
