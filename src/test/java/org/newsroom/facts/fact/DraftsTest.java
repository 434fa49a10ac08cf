package org.newsroom.facts.fact;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.Corrections;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;

import io.quarkus.test.junit.QuarkusTest;

/** The desk's Drafts page reads Query.drafts: drafts of every kind, the latest changed first, for editors only. */
@QuarkusTest
class DraftsTest {

    static final String DRAFTS = "query($after: String, $first: Int) { drafts(first: $first, after: $after) { totalCount "
            + "nodes { __typename id status } pageInfo { hasNextPage endCursor } } }";

    @Test
    void draftsOfEveryKindLatestChangedFirst() {
        String deployment = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment("KP", "RU"))
                .extract().path("data.createDeployment.id");
        String statistic = GraphQL.editor().send(Inputs.CREATE_STATISTIC, "input", Inputs.statistic("RU"))
                .extract().path("data.createStatistic.id");
        String published = Corrections.published("MN");
        List<String> ids = GraphQL.editor().send(DRAFTS, "first", 100).body("errors", nullValue())
                .body("data.drafts.nodes.status", not(hasItem("PUBLISHED")))
                .body("data.drafts.nodes.id", not(hasItem(published)))
                .extract().path("data.drafts.nodes.id");
        assertEquals(List.of(statistic, deployment), ids.subList(0, 2), "the latest changed first: " + ids);

        String cursor = GraphQL.editor().send(DRAFTS, "first", 1).body("data.drafts.pageInfo.hasNextPage", equalTo(true))
                .extract().path("data.drafts.pageInfo.endCursor");
        GraphQL.editor().send(DRAFTS, "first", 1, "after", cursor).body("data.drafts.nodes[0].id", equalTo(deployment));
    }

    @Test
    void readersHaveNoDrafts() {
        GraphQL.reader().send(DRAFTS).body("data", nullValue()).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }
}
