package org.newsroom.facts.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Valid inputs for the entry mutations, for tests to start from and break one field at a time. */
public final class Inputs {

    public static final String CREATE_DEPLOYMENT = """
            mutation($input: DeploymentInput!) { createDeployment(input: $input) {
              id status version summary origin { code } destination { code } places { name }
              headcount { value low high approximation unit text } period { start end precision text } } }
            """;

    private Inputs() {
    }

    /** A deployment of about 500 workers in August 2024, cited to The Wall Street Journal. */
    public static Map<String, Object> deployment(String origin, String destination) {
        Map<String, Object> input = new HashMap<>();
        input.put("origin", origin);
        input.put("destination", destination);
        input.put("personnel", "WORKERS");
        input.put("headcount", new HashMap<>(Map.of("value", 500, "approximation", "ABOUT", "unit", "workers")));
        input.put("period", Map.of("start", "2024-08-06", "precision", "MONTH"));
        input.put("citations", List.of(Map.of("sourceId", sourceId("wall street"), "title", "A report")));
        return input;
    }

    /** The id of the first source whose name contains the text. */
    public static String sourceId(String name) {
        return GraphQL.editor().send("{ sources(search: \"" + name + "\") { nodes { id } } }").extract().path("data.sources.nodes[0].id");
    }

    public static final String CREATE_STATISTIC = """
            mutation($input: StatisticInput!) { createStatistic(input: $input) {
              id status version summary indicator measure value { text } period { text } baseline { text } place { name } } }
            """;

    /** An official unemployment rate of 4.5 percent in 2024, cited to the labour ministry. */
    public static Map<String, Object> statistic(String country) {
        Map<String, Object> input = new HashMap<>();
        input.put("country", country);
        input.put("indicator", "unemployment rate");
        input.put("measure", "OFFICIAL");
        input.put("value", Map.of("value", 4.5, "unit", "percent"));
        input.put("period", Map.of("start", "2024-01-01", "precision", "YEAR"));
        input.put("citations", List.of(Map.of("sourceId", sourceId("labour"))));
        return input;
    }
}
