package org.newsroom.facts.intake;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import org.newsroom.facts.support.GraphQL;

/**
 * proposeFacts on the demo story (read from the shared folder beside the repository, as CI has it: its sentences
 * are not copied into the repository): every fact of the demo dataset is proposed with its modality, period and
 * attribution chain; bad input has its field; readers may not ask; nothing is written.
 */
@QuarkusTest
class ProposeFactsTest {

    static final Path STORY = Path.of("../shared/story/north-korean-workers-in-russia.txt");
    static final String PROPOSE = """
            query($s: StoryInput!) { proposeFacts(story: $s) { kind input confidence start end sentence
              citation { source { name source { id } } chain { name source { id } } via { name source { id } } }
              similar { reasons fact { id summary } } places { id name } actors { id name } } }""";

    static String story() throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        Assumptions.assumeTrue(ci || Files.exists(STORY), "the demo story is beside the repository in CI");
        return Files.readString(STORY);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> propose(String text) {
        return GraphQL.editor().send(PROPOSE, "s", Map.of("text", text, "publishedOn", "2025-05-08", "outlet", "The demo story"))
                .body("errors", nullValue()).extract().path("data.proposeFacts");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> input(Map<String, Object> proposal) throws Exception {
        return new ObjectMapper().readValue((String) proposal.get("input"), Map.class);
    }

    /** The proposal of that kind whose input holds every given field (nested maps compared as given). */
    static Map<String, Object> find(List<Map<String, Object>> proposals, String kind, Map<String, Object> fields) throws Exception {
        for (Map<String, Object> p : proposals) {
            if (!p.get("kind").equals(kind)) {
                continue;
            }
            Map<String, Object> in = input(p);
            if (fields.entrySet().stream().allMatch(e -> e.getValue().equals(in.get(e.getKey())))) {
                return p;
            }
        }
        return null;
    }

    /** The name of the proposal's citation's source, or via ("via"). */
    @SuppressWarnings("unchecked")
    static String sourceName(Map<String, Object> proposal, String role) {
        Map<String, Object> named = (Map<String, Object>) ((Map<String, Object>) proposal.get("citation")).get(role);
        return named == null ? null : (String) named.get("name");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDemoStorysFactsAreProposedWithTheirModalityPeriodAndAttribution() throws Exception {
        String text = story();
        int drafts = GraphQL.editor().send("{ drafts { totalCount } sources { totalCount } }").extract().path("data.drafts.totalCount");
        List<Map<String, Object>> proposals = propose(text);

        Map<String, Object> workers = find(proposals, "deployment", Map.of("origin", "KP", "destination", "RU", "personnel", "WORKERS",
                "asOf", "2025-05-01", "modality", "REPORTED"));
        assertNotNull(workers, "the nearly 15,000 workers");
        assertEquals(Map.of("value", 15000.0, "approximation", "NEARLY", "unit", "workers"), input(workers).get("headcount"));
        Map<String, Object> citation = (Map<String, Object>) workers.get("citation");
        assertEquals("South Korea's National Intelligence Service", ((Map<String, Object>) citation.get("source")).get("name"));
        assertEquals(List.of("South Korean lawmakers"), ((List<Map<String, Object>>) citation.get("chain")).stream().map(c -> c.get("name")).toList());
        assertEquals("The Wall Street Journal", ((Map<String, Object>) citation.get("via")).get("name"));
        assertEquals("15,000", text.substring((int) workers.get("start"), (int) workers.get("end")));
        // the figure is already in the database: the proposal says so
        assertTrue(((List<Map<String, Object>>) workers.get("similar")).stream()
                .anyMatch(s -> ((Map<String, Object>) s.get("fact")).get("summary").toString().contains("15,000 workers")), "similar: " + workers.get("similar"));
        // ready for createDeployment: every source exists, so the citation is in the input
        assertEquals(1, ((List<?>) input(workers).get("citations")).size());

        assertNotNull(find(proposals, "deployment", Map.of("personnel", "TROOPS", "headcount", Map.of("value", 12000.0, "approximation", "EXACT", "unit", "troops"),
                "period", Map.of("start", "2023-01-01", "precision", "YEAR"))), "12,000 troops in 2023");
        assertNotNull(find(proposals, "deployment", Map.of("personnel", "TROOPS", "origin", "KP", "destination", "RU",
                "period", Map.of("start", "2025-01-01", "precision", "YEAR"))), "3,000 more this year");
        Map<String, Object> shortfall = find(proposals, "statistic", Map.of("country", "RU", "measure", "ESTIMATE",
                "period", Map.of("start", "2025-01-01", "precision", "YEAR"), "modality", "STATED"));
        assertNotNull(shortfall, "the 1.5 million shortfall");
        assertEquals("Russia's Ministry of Labour and Social Protection",
                ((Map<String, Object>) ((Map<String, Object>) shortfall.get("citation")).get("source")).get("name"));
        assertNotNull(find(proposals, "statistic", Map.of("measure", "PROJECTION", "modality", "PROJECTED",
                "period", Map.of("start", "2030-01-01", "precision", "YEAR"))), "2.4 million by 2030");
        Map<String, Object> fold = find(proposals, "statistic", Map.of("measure", "CHANGE", "period", Map.of("start", "2024-01-01", "precision", "YEAR"),
                "baseline", Map.of("start", "2023-01-01", "precision", "YEAR")));
        assertNotNull(fold, "the 12-fold increase in 2024 over 2023");
        // official Russian data, via the Journal: the sentence goes on from the intelligence agency's reported briefing
        assertEquals(List.of("Official Russian data", "The Wall Street Journal"), List.of(sourceName(fold, "source"), sourceName(fold, "via")));
        Map<String, Object> soldiers = find(proposals, "statistic", Map.of("country", "RU", "value", Map.of("low", 100000.0, "high", 999999.0,
                "approximation", "ORDER_OF_MAGNITUDE", "unit", "soldiers"), "period", Map.of("start", "2022-01-01", "end", "2025-12-31", "precision", "YEAR")));
        assertNotNull(soldiers, "hundreds of thousands of soldiers since 2022");
        assertEquals("Western estimates", sourceName(soldiers, "source"));
        // "Russian soldiers": Russian names the country, not the place Russian Far East
        assertEquals(null, input(soldiers).get("placeId"));
        assertEquals(List.of(), soldiers.get("places"));
        Map<String, Object> kremlin = find(proposals, "claim", Map.of("modality", "ALLEGED", "claimedOn", Map.of("start", "2025-04-01", "precision", "MONTH")));
        assertNotNull(kremlin, "the Kremlin's claim of last month");
        assertEquals("The Kremlin", ((Map<String, Object>) ((Map<String, Object>) kremlin.get("citation")).get("source")).get("name"));
        Map<String, Object> bloggers = find(proposals, "claim", Map.of("modality", "ALLEGED", "claimedOn", Map.of("start", "2025-05-01", "precision", "MONTH")));
        assertNotNull(bloggers, "the bloggers' allegation of Monday, dated to its month as the dataset has it");
        assertEquals("Pro-Russian military bloggers", sourceName(bloggers, "source"));
        Map<String, Object> resolutions = find(proposals, "claim", Map.of("modality", "STATED"));
        assertNotNull(resolutions, "the story's own statement on the UN resolutions");
        assertTrue(input(resolutions).get("statement").toString().contains("United Nations Security Council resolutions"));
        assertEquals(null, input(resolutions).get("claimedOn"), "the story dates it no more than the dataset does");
        assertTrue(((List<?>) input(resolutions).get("countries")).contains("KP"));
        assertEquals("The demo story", sourceName(resolutions, "source"));
        String demoStory = GraphQL.reader().send("{ sources(search: \"The demo story\") { nodes { id name } } }").extract()
                .path("data.sources.nodes.find { it.name == 'The demo story' }.id");
        assertEquals(demoStory, input(resolutions).get("claimantId"));
        Map<String, Object> incursion = find(proposals, "event", Map.of("kind", "INCURSION", "period", Map.of("start", "2024-08-01", "precision", "MONTH")));
        assertNotNull(incursion, "last August's incursion");
        // "the Kursk region": the existing place Kursk Oblast
        String kursk = GraphQL.reader().send("{ country(code: \"RU\") { places { id name } } }").extract()
                .path("data.country.places.find { it.name == 'Kursk Oblast' }.id");
        assertEquals(List.of(kursk), input(incursion).get("placeIds"));
        // "where Ukrainian forces had launched": the actor, as the existing source Ukraine's government
        String kyiv = GraphQL.reader().send("{ sources(search: \"Ukraine\") { nodes { id name } } }").extract()
                .path("data.sources.nodes.find { it.name == \"Ukraine's government\" }.id");
        assertEquals(List.of(kyiv), input(incursion).get("actorIds"));
        assertEquals(List.of(Map.of("id", kursk, "name", "Kursk Oblast")), incursion.get("places"), "the places by name, for the desk");
        assertEquals(List.of(Map.of("id", kyiv, "name", "Ukraine's government")), incursion.get("actors"));

        // nothing was written
        GraphQL.editor().send("{ drafts { totalCount } }").body("data.drafts.totalCount", equalTo(drafts));
    }

    @Test
    void aNewSourceIsProposedAsNewAndTheInputWaitsForIt() {
        GraphQL.editor().send(PROPOSE, "s", Map.of("text", "The Atlantis Bureau of Statistics estimated a shortfall of 40,000 workers in Fiji this year.",
                "publishedOn", "2025-03-01", "outlet", "The Fiji Times"))
                .body("errors", nullValue())
                .body("data.proposeFacts[0].kind", equalTo("statistic"))
                .body("data.proposeFacts[0].citation.source.name", equalTo("The Atlantis Bureau of Statistics"))
                .body("data.proposeFacts[0].citation.source.source", nullValue())
                .body("data.proposeFacts[0].confidence", greaterThan(0.5f));
    }

    @Test
    void badInputHasItsFieldAndReadersMayNotAsk() {
        Map<String, Object> ok = Map.of("text", "North Korea sent 500 workers to Russia in 2024.", "publishedOn", "2025-01-01");
        GraphQL.reader().send(PROPOSE, "s", ok).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        GraphQL.as(org.newsroom.facts.support.Tokens.noRole("rita")).send(PROPOSE, "s", ok).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.editor().send(PROPOSE, "s", Map.of("text", " ", "publishedOn", "2025-01-01"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT")).body("errors[0].extensions.field", equalTo("story.text"));
        GraphQL.editor().send(PROPOSE, "s", Map.of("text", "x".repeat(StoryInput.MAX_TEXT + 1), "publishedOn", "2025-01-01"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT")).body("errors[0].extensions.field", equalTo("story.text"));
        GraphQL.editor().send(PROPOSE, "s", Map.of("text", "North Korea sent 500 workers to Russia.", "publishedOn", "2999-01-01"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT")).body("errors[0].extensions.field", equalTo("story.publishedOn"));
        // positive control: the same story, well formed, is read
        GraphQL.editor().send(PROPOSE, "s", ok).body("errors", nullValue()).body("data.proposeFacts.kind", hasItem("deployment"));
    }
}
