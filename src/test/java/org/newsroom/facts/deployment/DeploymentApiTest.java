package org.newsroom.facts.deployment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DeploymentApiTest {

    static final String CREATE = Inputs.CREATE_DEPLOYMENT;
    static final String UPDATE = """
            mutation($id: ID!, $v: Int!, $input: DeploymentPatch!) { updateDeployment(id: $id, expectedVersion: $v, input: $input) {
              id version summary headcount { text } notes } }
            """;

    static Map<String, Object> input(String origin, String destination) {
        return Inputs.deployment(origin, destination);
    }

    @Test
    void readersSeeTheStorysDeploymentsWithPrintableText() {
        GraphQL.reader().send("""
                { deployments(filter: { origin: "prk", destination: "RUS", personnel: WORKERS }) { totalCount nodes {
                    summary attribution status verification modality asOf headcount { value approximation unit text }
                    period { start end precision text } places { name code country { code } }
                    citations { source { name kind } via { name } } origin { code name } destination { alpha3 } } } }
                """)
                .body("errors", nullValue())
                .body("data.deployments.totalCount", equalTo(1))
                .body("data.deployments.nodes[0].summary",
                        equalTo("North Korea has reportedly sent nearly 15,000 workers to Russia (as of 1 May 2025)."))
                .body("data.deployments.nodes[0].modality", equalTo("REPORTED"))
                .body("data.deployments.nodes[0].asOf", equalTo("2025-05-01"))
                .body("data.deployments.nodes[0].attribution",
                        equalTo("according to South Korea's National Intelligence Service, via South Korean lawmakers, as reported by The Wall Street Journal"))
                .body("data.deployments.nodes[0].status", equalTo("PUBLISHED"))
                .body("data.deployments.nodes[0].headcount.approximation", equalTo("NEARLY"))
                .body("data.deployments.nodes[0].headcount.text", equalTo("nearly 15,000 workers"))
                .body("data.deployments.nodes[0].period", nullValue()) // a running total as of the briefing, not a period
                .body("data.deployments.nodes[0].places.name", contains("Russian Far East"))
                .body("data.deployments.nodes[0].citations[0].source.kind", equalTo("INTELLIGENCE_AGENCY"))
                .body("data.deployments.nodes[0].citations[0].via.name", equalTo("The Wall Street Journal"))
                .body("data.deployments.nodes[0].origin.name", equalTo("North Korea"))
                .body("data.deployments.nodes[0].destination.alpha3", equalTo("RUS"));
    }

    @Test
    void filtersAndOrdersAreApplied() {
        GraphQL.reader().send("{ deployments(filter: { origin: \"KP\", personnel: TROOPS }, orderBy: OLDEST_FIRST) { nodes { headcount { value } period { text } } } }")
                .body("data.deployments.nodes.headcount.value", contains(12000.0f, 3000.0f));
        GraphQL.reader().send("{ deployments(filter: { origin: \"KP\" }, orderBy: LARGEST_FIRST) { nodes { headcount { value } } } }")
                .body("data.deployments.nodes.headcount.value", contains(15000.0f, 12000.0f, 3000.0f));
        GraphQL.reader().send("{ deployments(filter: { origin: \"KP\", from: \"2025-03-01\", to: \"2025-04-30\" }) { nodes { headcount { value } } } }")
                .body("data.deployments.nodes.headcount.value", contains(3000.0f)); // the workers' total has no period
        // the story's first troops are from 2023, or 2024 once WorkflowTest has corrected them: either way before mid-2024
        GraphQL.reader().send("{ deployments(filter: { origin: \"KP\", to: \"2024-06-30\" }) { nodes { headcount { value } } } }")
                .body("data.deployments.nodes.headcount.value", contains(12000.0f));
        GraphQL.reader().send("{ deployments(filter: { origin: \"KP\", verification: CONFIRMED }) { totalCount nodes { id } } }")
                .body("data.deployments.totalCount", equalTo(0))
                .body("data.deployments.nodes", empty());
    }

    @Test
    void badFiltersAreRefused() {
        GraphQL.reader().send("{ deployments(filter: { origin: \"Narnia\" }) { totalCount } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("filter.origin"));
        GraphQL.reader().send("{ deployments(filter: { from: \"2025-01-01\", to: \"2024-01-01\" }) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("filter.to"));
        GraphQL.reader().send("{ deployments(filter: { status: DRAFT }) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].extensions.field", equalTo("filter.status"));
        GraphQL.reader().send("{ deployments(first: 101) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("first"));
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        var first = GraphQL.reader().send("{ deployments(filter: { origin: \"KP\" }, first: 2) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }")
                .body("data.deployments.totalCount", equalTo(3))
                .body("data.deployments.edges", hasSize(2))
                .body("data.deployments.pageInfo.hasNextPage", equalTo(true))
                .body("data.deployments.pageInfo.hasPreviousPage", equalTo(false))
                .extract();
        String end = first.path("data.deployments.pageInfo.endCursor");
        List<String> firstIds = first.path("data.deployments.edges.node.id");
        GraphQL.reader().send("{ deployments(filter: { origin: \"KP\" }, first: 2, after: \"" + end + "\") { edges { node { id } } pageInfo { hasNextPage hasPreviousPage } } }")
                .body("data.deployments.edges", hasSize(1))
                .body("data.deployments.edges.node.id", everyItem(not(org.hamcrest.Matchers.in(firstIds))))
                .body("data.deployments.pageInfo.hasNextPage", equalTo(false))
                .body("data.deployments.pageInfo.hasPreviousPage", equalTo(true));
        GraphQL.reader().send("{ deployments(orderBy: LARGEST_FIRST, after: \"" + end + "\") { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("after"));
        GraphQL.reader().send("{ deployments(after: \"!!!\") { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.reader().send("{ deployments(first: 0) { totalCount nodes { id } pageInfo { hasNextPage startCursor } } }")
                .body("data.deployments.nodes", empty())
                .body("data.deployments.pageInfo.hasNextPage", equalTo(true))
                .body("data.deployments.pageInfo.startCursor", nullValue());
    }

    @Test
    void editorsCreateDraftsThatReadersDoNotSee() {
        Map<String, Object> input = input("cub", "VE");
        String id = GraphQL.editor().send(CREATE, "input", input)
                .body("errors", nullValue())
                .body("data.createDeployment.status", equalTo("DRAFT"))
                .body("data.createDeployment.version", equalTo(1))
                .body("data.createDeployment.origin.code", equalTo("CU"))
                .body("data.createDeployment.headcount.text", equalTo("about 500 workers"))
                .body("data.createDeployment.period.text", equalTo("August 2024"))
                .body("data.createDeployment.period.end", equalTo("2024-08-31"))
                .body("data.createDeployment.summary", equalTo("Cuba sent about 500 workers to Venezuela (August 2024)."))
                .extract().path("data.createDeployment.id");
        GraphQL.reader().send("{ deployment(id: \"" + id + "\") { id } deployments(filter: { origin: \"CU\" }) { totalCount } }")
                .body("data.deployment", nullValue())
                .body("data.deployments.totalCount", equalTo(0));
        GraphQL.editor().send("{ deployment(id: \"" + id + "\") { id status } deployments(filter: { origin: \"CU\", status: DRAFT }) { nodes { id } } }")
                .body("data.deployment.status", equalTo("DRAFT"))
                .body("data.deployments.nodes.id", hasItem(id));
    }

    @Test
    void draftsAreEditedWithVersionChecks() {
        String id = GraphQL.editor().send(CREATE, "input", input("CO", "PA")).extract().path("data.createDeployment.id");
        GraphQL.editor().send(UPDATE, "id", id, "v", 1, "input", Map.of("headcount", Map.of("low", 300, "high", 400, "approximation", "RANGE", "unit", "workers"), "notes", "Seasonal"))
                .body("errors", nullValue())
                .body("data.updateDeployment.version", equalTo(2))
                .body("data.updateDeployment.headcount.text", equalTo("300–400 workers"))
                .body("data.updateDeployment.notes", equalTo("Seasonal"));
        GraphQL.editor().send(UPDATE, "id", id, "v", 1, "input", Map.of("notes", "Stale"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        GraphQL.editor().send("{ deployment(id: \"" + id + "\") { version notes } }")
                .body("data.deployment.version", equalTo(2))
                .body("data.deployment.notes", equalTo("Seasonal"));
        GraphQL.editor().send(UPDATE, "id", "424242", "v", 1, "input", Map.of("notes", "x"))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void publishedDeploymentsAreNotEditedDirectly() {
        String id = GraphQL.reader().send("{ deployments(filter: { origin: \"KP\", personnel: WORKERS }) { nodes { id version } } }")
                .extract().path("data.deployments.nodes[0].id");
        int version = GraphQL.reader().send("{ deployment(id: \"" + id + "\") { version } }").extract().path("data.deployment.version");
        GraphQL.editor().send(UPDATE, "id", id, "v", version, "input", Map.of("notes", "Silent change"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("INVALID_STATE"));
        GraphQL.reader().send("{ deployment(id: \"" + id + "\") { version notes } }")
                .body("data.deployment.version", equalTo(version))
                .body("data.deployment.notes", not(equalTo("Silent change")));
    }

    @Test
    void badDeploymentInputIsRefusedWithTheFieldPathAndWritesNothing() {
        Map<String, Object> lowAboveHigh = input("BO", "PE");
        lowAboveHigh.put("headcount", Map.of("value", 10, "low", 20, "high", 30, "approximation", "ABOUT", "unit", "workers"));
        GraphQL.editor().send(CREATE, "input", lowAboveHigh)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.headcount.low"));

        Map<String, Object> negative = input("BO", "PE");
        negative.put("headcount", Map.of("value", -5, "unit", "workers"));
        GraphQL.editor().send(CREATE, "input", negative)
                .body("errors[0].extensions.field", equalTo("input.headcount.value"));

        Map<String, Object> range = input("BO", "PE");
        range.put("headcount", Map.of("low", 5, "approximation", "RANGE", "unit", "workers"));
        GraphQL.editor().send(CREATE, "input", range)
                .body("errors[0].extensions.field", equalTo("input.headcount.high"));

        Map<String, Object> period = input("BO", "PE");
        period.put("period", Map.of("start", "2025-01-01", "end", "2024-01-01"));
        GraphQL.editor().send(CREATE, "input", period)
                .body("errors[0].extensions.field", equalTo("input.period.end"));

        Map<String, Object> country = input("BO", "ZZ");
        GraphQL.editor().send(CREATE, "input", country)
                .body("errors[0].extensions.field", equalTo("input.destination"));

        Map<String, Object> url = input("BO", "PE");
        url.put("citations", List.of(Map.of("sourceId", "1", "url", "javascript:alert(1)")));
        GraphQL.editor().send(CREATE, "input", url)
                .body("errors[0].extensions.field", equalTo("input.citations[0].url"));

        Map<String, Object> unknownSource = input("BO", "PE");
        unknownSource.put("citations", List.of(Map.of("sourceId", "987654")));
        GraphQL.editor().send(CREATE, "input", unknownSource)
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.field", equalTo("input.citations[0].sourceId"))
                .body("errors[0].message", not(org.hamcrest.Matchers.containsString("Exception")));

        String moscow = GraphQL.reader().send("{ country(code: \"RU\") { places { id name } } }")
                .extract().path("data.country.places.find { it.name == 'Moscow' }.id");
        Map<String, Object> placeElsewhere = input("BO", "PE");
        placeElsewhere.put("placeIds", List.of(moscow));
        GraphQL.editor().send(CREATE, "input", placeElsewhere)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.placeIds[0]"));

        GraphQL.editor().send("{ deployments(filter: { origin: \"BO\" }) { totalCount } }")
                .body("data.deployments.totalCount", equalTo(0));
    }

    @Test
    void readersCannotEnterDeployments() {
        GraphQL.reader().send(CREATE, "input", input("BR", "AR"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        GraphQL.as(org.newsroom.facts.support.Tokens.noRole("rob")).send(CREATE, "input", input("BR", "AR"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.chief().send(CREATE, "input", input("BR", "AR"))
                .body("errors", nullValue())
                .body("data.createDeployment.id", notNullValue());
    }

    @Test
    void aliasesWithDifferentArgumentsGetTheirOwnPages() {
        GraphQL.reader().send("""
                { countries(search: "korea") { nodes { code
                    all: deploymentsFrom { totalCount nodes { personnel } }
                    troops: deploymentsFrom(filter: { personnel: TROOPS }, first: 1) { totalCount nodes { personnel } }
                    workers: deploymentsFrom(filter: { personnel: WORKERS }) { totalCount nodes { personnel } } } } }
                """)
                .body("errors", nullValue())
                .body("data.countries.nodes[0].code", equalTo("KP"))
                .body("data.countries.nodes[0].all.totalCount", equalTo(3))
                .body("data.countries.nodes[0].troops.totalCount", equalTo(2))
                .body("data.countries.nodes[0].troops.nodes.personnel", contains("TROOPS"))
                .body("data.countries.nodes[0].workers.totalCount", equalTo(1))
                .body("data.countries.nodes[0].workers.nodes.personnel", contains("WORKERS"))
                .body("data.countries.nodes[1].all.totalCount", equalTo(0));
        GraphQL.reader().send("{ country(code: \"KP\") { deploymentsFrom(filter: { origin: \"nowhere\" }) { totalCount } } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("filter.origin"));
    }

    @Test
    void countryPagesListDeploymentsFromAndTo() {
        GraphQL.reader().send("""
                { kp: country(code: "KP") { deploymentsFrom(first: 2) { totalCount nodes { headcount { value } } pageInfo { hasNextPage } }
                                            deploymentsTo { totalCount } }
                  ru: country(code: "RU") { deploymentsTo(filter: { personnel: TROOPS }) { totalCount nodes { origin { code } } } } }
                """)
                .body("errors", nullValue())
                .body("data.kp.deploymentsFrom.totalCount", equalTo(3))
                .body("data.kp.deploymentsFrom.nodes", hasSize(2))
                .body("data.kp.deploymentsFrom.pageInfo.hasNextPage", equalTo(true))
                .body("data.kp.deploymentsFrom.nodes[0].headcount.value", equalTo(3000.0f))
                .body("data.kp.deploymentsTo.totalCount", equalTo(0))
                .body("data.ru.deploymentsTo.totalCount", equalTo(2))
                .body("data.ru.deploymentsTo.nodes.origin.code", everyItem(equalTo("KP")));
    }
}
