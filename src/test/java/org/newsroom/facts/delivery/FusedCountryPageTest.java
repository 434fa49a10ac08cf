package org.newsroom.facts.delivery;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.parser.Parser;
import io.quarkus.test.junit.QuarkusTest;
import org.newsroom.facts.support.GraphQL;

/**
 * The spike of issue 26 answers the benchmark's country page (a) — read from bench/peer/queries.mjs, so the spike
 * cannot drift from the benchmark — exactly as graphql-java does, and nothing else.
 */
@QuarkusTest
class FusedCountryPageTest {

    @Inject
    FusedCountryPage spike;

    static String benchmarksCountryPage() throws Exception {
        Matcher m = Pattern.compile("a: \\{.*?service: `([^`]*)`", Pattern.DOTALL).matcher(Files.readString(Path.of("bench/peer/queries.mjs")));
        assertTrue(m.find(), "the benchmark's (a) is found");
        return m.group(1);
    }

    @Test
    void theSpikeAnswersTheCountryPageAsGraphQLJavaDoes() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String code : new String[] { "RU", "KP", "FJ" }) {
            String query = benchmarksCountryPage().replace("\"RU\"", "\"" + code + "\"");
            JsonNode expected = json.readTree(GraphQL.reader().send(query).body("errors", nullValue()).extract().asString());
            byte[] fused = spike.answer(Parser.parse(query));
            assertNotNull(fused, "the spike recognises (a) for " + code);
            assertEquals(expected, json.readTree(fused), "the spike's answer for " + code);
        }
        // anything else is left to graphql-java
        assertNull(spike.answer(Parser.parse("{ country(code: \"RU\") { code } }")));
        assertNull(spike.answer(Parser.parse(benchmarksCountryPage().replace("first: 20", "first: 21"))));
    }
}
