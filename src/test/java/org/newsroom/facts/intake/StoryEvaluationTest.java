package org.newsroom.facts.intake;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The story reader measured on the evaluation set (src/test/resources/stories/: stories the team wrote from public
 * reporting, each with its expected figures as JSON): precision and recall of the figures, and for the figures found
 * how often each field is right. Prints the table of docs/story-intake.md and fails below the targets.
 */
class StoryEvaluationTest {

    static final Path SET = Path.of("src/test/resources/stories");
    static final double FIGURE_RECALL = 0.90;
    static final double FIGURE_PRECISION = 0.85;
    static final double FIELDS = 0.80; // modality, period and attribution, of the figures found
    static final List<String> FIELD_NAMES = List.of("kind", "approximation", "unit", "period", "modality", "countries", "attribution");

    /** Counts over a set of stories: figures expected, proposed and found, and the fields right of those found. */
    static final class Tally {
        int expectedFigures;
        int proposedFigures;
        int found;
        final Map<String, int[]> right = new LinkedHashMap<>();

        Tally() {
            FIELD_NAMES.forEach(f -> right.put(f, new int[1]));
        }

        String table() {
            StringBuilder table = new StringBuilder("| measure | right | of | share |\n| --- | --- | --- | --- |\n");
            table.append(String.format(Locale.ROOT, "| figures found (recall) | %d | %d expected | %.0f %% |%n", found, expectedFigures, 100.0 * found / expectedFigures));
            table.append(String.format(Locale.ROOT, "| figures right (precision) | %d | %d proposed | %.0f %% |%n", found, proposedFigures, 100.0 * found / proposedFigures));
            for (String f : FIELD_NAMES) {
                table.append(String.format(Locale.ROOT, "| %s | %d | %d found | %.0f %% |%n", f, right.get(f)[0], found, 100.0 * right.get(f)[0] / found));
            }
            return table.toString();
        }
    }

    @Test
    void theReaderMeetsItsTargetsOnTheEvaluationSet() throws Exception {
        StoryReader reader = new StoryReader(IntakeRules.load());
        ObjectMapper json = new ObjectMapper();
        Tally all = new Tally();
        Tally heldOut = new Tally();
        List<String> misses = new ArrayList<>();
        List<Path> stories;
        try (Stream<Path> files = Files.list(SET)) {
            stories = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path story : stories) {
            JsonNode expected = json.readTree(Files.readString(Path.of(story.toString().replace(".txt", ".json"))));
            List<Tally> tallies = expected.path("heldOut").asBoolean() ? List.of(all, heldOut) : List.of(all);
            List<StoryReader.Proposal> proposals = new ArrayList<>(reader.read(Files.readString(story),
                    LocalDate.parse(expected.get("publishedOn").asText()), expected.get("outlet").asText()).stream()
                    .filter(p -> figure(p) != null).toList());
            int proposed = proposals.size();
            tallies.forEach(t -> t.proposedFigures += proposed);
            for (JsonNode fact : expected.get("facts")) {
                tallies.forEach(t -> t.expectedFigures++);
                StoryReader.Proposal match = proposals.stream().filter(p -> sameFigure(fact, figure(p))).findFirst().orElse(null);
                String where = story.getFileName() + " " + (fact.has("value") ? fact.get("value").asText() : fact.get("low").asText() + "–" + fact.get("high").asText());
                if (match == null) {
                    misses.add(where + ": not found");
                    continue;
                }
                proposals.remove(match);
                tallies.forEach(t -> t.found++);
                Map<String, int[]> right = new LinkedHashMap<>();
                FIELD_NAMES.forEach(f -> right.put(f, new int[1]));
                Map<?, ?> q = figure(match);
                check(right, misses, where, "kind", fact.get("kind").asText(), match.kind());
                check(right, misses, where, "approximation", fact.get("approximation").asText(), q.get("approximation"));
                check(right, misses, where, "unit", fact.get("unit").asText().toLowerCase(Locale.ROOT), String.valueOf(q.get("unit")).toLowerCase(Locale.ROOT));
                check(right, misses, where, "period", when(fact), when(match));
                check(right, misses, where, "modality", fact.get("modality").asText(), match.fields().get("modality"));
                check(right, misses, where, "countries", sorted(json.convertValue(fact.get("countries"), List.class)), countries(match));
                JsonNode a = fact.get("attribution");
                check(right, misses, where, "attribution", name(a.get("source").asText()) + " | " + names(json.convertValue(a.get("chain"), List.class))
                        + " | " + (a.get("via").isNull() ? "" : name(a.get("via").asText())),
                        name(match.attribution().source()) + " | " + names(match.attribution().chain()) + " | "
                                + (match.attribution().via() == null ? "" : name(match.attribution().via())));
                right.forEach((f, n) -> tallies.forEach(t -> t.right.get(f)[0] += n[0]));
            }
            proposals.forEach(p -> misses.add(story.getFileName() + ": proposed but not expected: " + figure(p)));
        }
        double recall = (double) all.found / all.expectedFigures;
        double precision = (double) all.found / all.proposedFigures;
        System.out.println("Story intake on " + stories.size() + " stories:\n" + all.table()
                + "\nOf them, the stories written after the rules were last changed (heldOut):\n" + heldOut.table()
                + "\nMisses:\n  " + String.join("\n  ", misses));
        assertTrue(stories.size() >= 12, "the evaluation set has at least 12 stories");
        assertTrue(recall >= FIGURE_RECALL, "figure recall " + recall);
        assertTrue(precision >= FIGURE_PRECISION, "figure precision " + precision);
        for (String f : List.of("modality", "period", "attribution")) {
            assertTrue(all.right.get(f)[0] >= FIELDS * all.found, f + " right for " + all.right.get(f)[0] + " of " + all.found);
        }
    }

    private static Map<?, ?> figure(StoryReader.Proposal p) {
        Object q = p.fields().get(p.kind().equals("deployment") ? "headcount" : "value");
        return p.kind().equals("claim") || p.kind().equals("event") || !(q instanceof Map<?, ?> m) ? null : m;
    }

    private static boolean sameFigure(JsonNode fact, Map<?, ?> q) {
        if (fact.has("value")) {
            return q.get("value") instanceof Double v && Math.abs(v - fact.get("value").asDouble()) <= 0.005 * Math.abs(v);
        }
        return q.get("low") instanceof Double l && q.get("high") instanceof Double h && l == fact.get("low").asDouble() && h == fact.get("high").asDouble();
    }

    private static void check(Map<String, int[]> right, List<String> misses, String where, String field, Object expected, Object actual) {
        if (Objects.equals(String.valueOf(expected), String.valueOf(actual))) {
            right.get(field)[0]++;
        } else {
            misses.add(where + ": " + field + " expected " + expected + ", was " + actual);
        }
    }

    private static String when(JsonNode fact) {
        if (fact.has("asOf")) {
            return "as of " + fact.get("asOf").asText();
        }
        JsonNode p = fact.get("period");
        if (p == null || p.isNull()) {
            return "none";
        }
        return p.get("start").asText() + (p.has("end") ? ".." + p.get("end").asText() : "") + " " + p.get("precision").asText();
    }

    private static String when(StoryReader.Proposal p) {
        if (p.fields().containsKey("asOf")) {
            return "as of " + p.fields().get("asOf");
        }
        if (!(p.fields().get("period") instanceof Map<?, ?> period)) {
            return "none";
        }
        return period.get("start") + (period.containsKey("end") ? ".." + period.get("end") : "") + " " + period.get("precision");
    }

    private static List<String> countries(StoryReader.Proposal p) {
        List<String> codes = new ArrayList<>();
        for (String key : List.of("origin", "destination", "country")) {
            if (p.fields().get(key) instanceof String c) {
                codes.add(c);
            }
        }
        return sorted(codes);
    }

    private static List<String> sorted(List<String> codes) {
        return codes.stream().distinct().sorted().toList();
    }

    /** A source's name compared without case and a leading "the". */
    private static String name(String n) {
        return n == null ? "" : n.toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
    }

    private static String names(List<String> chain) {
        return String.join(", ", chain.stream().map(StoryEvaluationTest::name).toList());
    }
}
