package org.newsroom.facts.statistic;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StatisticApiTest {

    static final String CREATE = Inputs.CREATE_STATISTIC;

    static Map<String, Object> input(String country) {
        return Inputs.statistic(country);
    }

    @Test
    void readersSeeTheStorysStatistics() {
        GraphQL.reader().send("""
                { statistics(filter: { country: "rus", indicator: "SHORTFALL" }, orderBy: OLDEST_FIRST) { totalCount nodes {
                    summary measure modality value { value approximation text } period { text } attribution } } }
                """)
                .body("errors", nullValue())
                .body("data.statistics.totalCount", equalTo(2))
                .body("data.statistics.nodes.measure", contains("ESTIMATE", "PROJECTION"))
                .body("data.statistics.nodes[0].value.text", equalTo("1.5 million workers"))
                .body("data.statistics.nodes[1].value.text", equalTo("2.4 million workers"))
                .body("data.statistics.nodes.modality", contains("STATED", "PROJECTED"))
                .body("data.statistics.nodes[1].period.text", equalTo("2030"))
                .body("data.statistics.nodes[1].summary", equalTo("Labour shortfall in Russia: could reach 2.4 million workers (2030)."))
                .body("data.statistics.nodes[0].attribution", equalTo("according to Russia's Ministry of Labour and Social Protection"));
        GraphQL.reader().send("{ statistics(filter: { measure: CHANGE }) { nodes { value { text } period { text } baseline { text start end } } } }")
                .body("data.statistics.nodes[0].value.text", equalTo("12 times"))
                .body("data.statistics.nodes[0].period.text", equalTo("2024"))
                .body("data.statistics.nodes[0].baseline.text", equalTo("2023"))
                .body("data.statistics.nodes[0].baseline.end", equalTo("2023-12-31"));
        GraphQL.reader().send("{ statistics(filter: { indicator: \"killed\" }) { nodes { value { low high approximation text } } } }")
                .body("data.statistics.nodes[0].value.approximation", equalTo("ORDER_OF_MAGNITUDE"))
                .body("data.statistics.nodes[0].value.text", equalTo("hundreds of thousands of soldiers"));
        // the Kremlin's word on Kursk is a claim now (ClaimApiTest), no longer an official figure of 0 troops
        GraphQL.reader().send("{ country(code: \"RU\") { statistics(filter: { measure: OFFICIAL }) { totalCount } all: statistics { totalCount } } }")
                .body("data.country.statistics.totalCount", equalTo(0))
                .body("data.country.all.totalCount", equalTo(4));
    }

    @Test
    void editorsCreateAndEditStatisticDrafts() {
        String id = GraphQL.editor().send(CREATE, "input", input("DE"))
                .body("errors", nullValue())
                .body("data.createStatistic.status", equalTo("DRAFT"))
                .body("data.createStatistic.summary", equalTo("Unemployment rate in Germany: 4.5 percent (2024)."))
                .extract().path("data.createStatistic.id");
        String update = "mutation($id: ID!, $v: Int!, $input: StatisticPatch!) { updateStatistic(id: $id, expectedVersion: $v, input: $input) { version measure value { text } baseline { text } } }";
        GraphQL.editor().send(update, "id", id, "v", 1, "input", Map.of("measure", "CHANGE"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.baseline"));
        GraphQL.editor().send(update, "id", id, "v", 1, "input", Map.of("measure", "CHANGE", "value", Map.of("value", 1.1, "unit", "times"),
                "baseline", Map.of("start", "2023-05-01", "precision", "MONTH")))
                .body("errors", nullValue())
                .body("data.updateStatistic.version", equalTo(2))
                .body("data.updateStatistic.baseline.text", equalTo("May 2023"))
                .body("data.updateStatistic.value.text", equalTo("1.1 times"));
        GraphQL.editor().send(update, "id", id, "v", 1, "input", Map.of("indicator", "x"))
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        GraphQL.reader().send("{ statistic(id: \"" + id + "\") { id } }").body("data.statistic", nullValue());
        GraphQL.editor().send("{ statistic(id: \"" + id + "\") { version measure } }").body("data.statistic.version", equalTo(2));
    }

    @Test
    void badStatisticInputIsRefused() {
        Map<String, Object> change = input("FR");
        change.put("measure", "CHANGE");
        GraphQL.editor().send(CREATE, "input", change)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.baseline"));
        Map<String, Object> noUnit = input("FR");
        noUnit.put("value", Map.of("value", 3));
        GraphQL.editor().send(CREATE, "input", noUnit)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].extensions.classification", nullValue());
        String kursk = GraphQL.reader().send("{ country(code: \"RU\") { places { id name } } }")
                .extract().path("data.country.places.find { it.name == 'Kursk Oblast' }.id");
        Map<String, Object> place = input("FR");
        place.put("placeId", kursk);
        GraphQL.editor().send(CREATE, "input", place)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.placeId"));
        GraphQL.editor().send("{ statistics(filter: { country: \"FR\" }) { totalCount } }")
                .body("data.statistics.totalCount", equalTo(0));
    }
}
