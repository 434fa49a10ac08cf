package org.newsroom.facts.delivery;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import org.newsroom.facts.shared.GlobalId;
import org.newsroom.facts.support.Corrections;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;

/**
 * Relay's global object identification over HTTP: nodeIds differ where ids collide (Deployment 1, Source 1,
 * Citation 1), node(nodeId:) and nodes(nodeIds:) fetch every kind with the readers' visibility rules, in one batch
 * per type, and ids the service did not write are BAD_USER_INPUT on their field.
 */
@QuarkusTest
class GlobalIdsTest {

    static final String NODE = """
            query($id: ID!) { node(nodeId: $id) { __typename nodeId
              ... on Deployment { id summary } ... on Source { id name } ... on Citation { id source { name } }
              ... on Country { code } ... on Place { id name } ... on Correction { id status } ... on Webhook { id url } } }""";

    @Inject
    SessionFactory sessionFactory;

    @Test
    void everyObjectWithAnIdHasAGlobalOneAndNodeFetchesIt() {
        String id = Corrections.published("PW", "MH");
        Map<String, Object> d = GraphQL.reader().send("query($id: ID!) { deployment(id: $id) { id nodeId citations { id nodeId source { id nodeId } } "
                + "origin { code nodeId places { id nodeId } } } }", "id", id).body("errors", nullValue()).extract().path("data.deployment");
        @SuppressWarnings("unchecked")
        Map<String, Object> citation = ((List<Map<String, Object>>) d.get("citations")).get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> source = (Map<String, Object>) citation.get("source");
        assertEquals(GlobalId.of("Deployment", id), d.get("nodeId"));
        assertEquals(GlobalId.of("Citation", (String) citation.get("id")), citation.get("nodeId"));
        assertEquals(GlobalId.of("Source", (String) source.get("id")), source.get("nodeId"));
        // a source, a citation and a deployment may share an id; their nodeIds never do
        assertEquals(3, new HashSet<>(List.of(d.get("nodeId"), citation.get("nodeId"), source.get("nodeId"))).size());
        assertNotEquals(GlobalId.of("Deployment", "1"), GlobalId.of("Source", "1"));

        GraphQL.reader().send(NODE, "id", d.get("nodeId")).body("errors", nullValue())
                .body("data.node.__typename", equalTo("Deployment")).body("data.node.id", equalTo(id));
        GraphQL.reader().send(NODE, "id", citation.get("nodeId")).body("data.node.__typename", equalTo("Citation"))
                .body("data.node.source.name", equalTo(((Map<?, ?>) GraphQL.reader().send(NODE, "id", source.get("nodeId")).extract().path("data.node")).get("name")));
        GraphQL.reader().send(NODE, "id", GlobalId.of("Country", "PW")).body("data.node.code", equalTo("PW"));
        GraphQL.reader().send("{ node(nodeId: \"" + GlobalId.of("Country", "PW") + "\") { ... on Country { nodeId } } }")
                .body("data.node.nodeId", equalTo(GlobalId.of("Country", "PW")));
        // the Fact interface is a Node too: a fragment on it asks for nodeId
        GraphQL.reader().send("query($id: ID!) { fact(id: $id) { nodeId } }", "id", id).body("data.fact.nodeId", equalTo(d.get("nodeId")));
        // a nodeId of another type's id is no node: Source:<the deployment's id> is that source or nothing, never the deployment
        GraphQL.reader().send(NODE, "id", GlobalId.of("Claim", id)).body("errors", nullValue()).body("data.node", nullValue());
    }

    @Test
    void nodeKeepsTheReadersVisibilityRules() {
        String draft = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment("PW", "NU")).body("errors", nullValue())
                .extract().path("data.createDeployment.id");
        String nodeId = GlobalId.of("Deployment", draft);
        GraphQL.reader().send(NODE, "id", nodeId).body("errors", nullValue()).body("data.node", nullValue());
        GraphQL.editor().send(NODE, "id", nodeId).body("data.node.id", equalTo(draft)); // positive control
        String citation = GraphQL.editor().send("query($id: ID!) { deployment(id: $id) { citations { nodeId } } }", "id", draft)
                .extract().path("data.deployment.citations[0].nodeId");
        GraphQL.reader().send(NODE, "id", citation).body("data.node", nullValue());
        GraphQL.editor().send(NODE, "id", citation).body("data.node.__typename", equalTo("Citation"));

        String published = Corrections.published("PW", "NU");
        String correction = Corrections.submit(GraphQL.editor(), Corrections.correction(published, Map.of("headcount", Map.of("value", 600, "approximation", "ABOUT", "unit", "workers"))));
        GraphQL.reader().send(NODE, "id", GlobalId.of("Correction", correction)).body("data.node", nullValue());
        GraphQL.editor().send(NODE, "id", GlobalId.of("Correction", correction)).body("data.node.status", equalTo("PENDING"));

        String webhook = GraphQL.chief().send("mutation($in: WebhookInput!) { createWebhook(input: $in) { webhook { id nodeId } } }",
                "in", Map.of("url", "https://cms.example/node-hook", "events", List.of("FACT_PUBLISHED"))).body("errors", nullValue())
                .extract().path("data.createWebhook.webhook.id");
        try {
            GraphQL.editor().send(NODE, "id", GlobalId.of("Webhook", webhook)).body("data.node", nullValue());
            GraphQL.chief().send(NODE, "id", GlobalId.of("Webhook", webhook)).body("data.node.url", equalTo("https://cms.example/node-hook"));
        } finally {
            GraphQL.chief().send("mutation($id: ID!) { deleteWebhook(id: $id) }", "id", webhook).body("errors", nullValue());
        }
    }

    @Test
    void nodesAnswersInOrderWithNullsInOneBatchPerType() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(GlobalId.of("Deployment", Corrections.published("FJ", "MH")));
        }
        List<String> asked = new ArrayList<>(List.of(ids.get(2), GlobalId.of("Country", "FJ"), GlobalId.of("Deployment", "999999999"), ids.get(0)));
        GraphQL.reader().send("query($ids: [ID!]!) { nodes(nodeIds: $ids) { nodeId } }", "ids", asked).body("errors", nullValue())
                .body("data.nodes[0].nodeId", equalTo(ids.get(2))).body("data.nodes[1].nodeId", equalTo(GlobalId.of("Country", "FJ")))
                .body("data.nodes[2]", nullValue()).body("data.nodes[3].nodeId", equalTo(ids.get(0)));
        // one batch per type: as many statements for 1 deployment as for 3
        long one = statements(List.of(ids.get(0)));
        long three = statements(ids);
        assertEquals(one, three, "SQL statements for 1 and for 3 deployments");
    }

    @Test
    void idsTheServiceDidNotWriteAreBadInputOnTheirField() {
        GraphQL.reader().send(NODE, "id", "RGVwbG95bWVudDox==").body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("nodeId"));
        GraphQL.reader().send(NODE, "id", "42").body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.reader().send(NODE, "id", GlobalId.of("Nothing", "1")).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception")));
        GraphQL.reader().send("query($ids: [ID!]!) { nodes(nodeIds: $ids) { nodeId } }", "ids", List.of(GlobalId.of("Country", "FJ"), "x"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT")).body("errors[0].extensions.field", equalTo("nodeIds[1]"));
        GraphQL.reader().send("query($ids: [ID!]!) { nodes(nodeIds: $ids) { nodeId } }", "ids",
                Collections.nCopies(GlobalIds.MAX_NODES + 1, GlobalId.of("Country", "FJ")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT")).body("errors[0].extensions.field", equalTo("nodeIds"));
        // positive control: a well-formed id of a known type is read
        GraphQL.reader().send(NODE, "id", GlobalId.of("Country", "FJ")).body("errors", nullValue()).body("data.node.code", equalTo("FJ"));
    }

    private long statements(List<String> ids) {
        sessionFactory.getStatistics().clear();
        GraphQL.reader().send("query($ids: [ID!]!) { nodes(nodeIds: $ids) { nodeId ... on Deployment { summary } } }", "ids", ids).body("errors", nullValue());
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    /** A root field that SmallRye runs before node or nodes left the request's scope inactive for them: an internal error. */
    @Test
    void nodeAndNodesAnswerAfterAnotherRootField() {
        String id = Corrections.published("PW", "FJ");
        String nodeId = GlobalId.of("Deployment", id);
        GraphQL.reader().send("query($id: ID!, $nodeId: ID!) { deployment(id: $id) { id } node(nodeId: $nodeId) { nodeId }"
                + " nodes(nodeIds: [$nodeId]) { nodeId } }", "id", id, "nodeId", nodeId)
                .body("errors", nullValue()).body("data.deployment.id", equalTo(id))
                .body("data.node.nodeId", equalTo(nodeId)).body("data.nodes[0].nodeId", equalTo(nodeId));
    }
}
