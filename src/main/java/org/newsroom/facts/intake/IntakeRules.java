package org.newsroom.facts.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The words proposeFacts reads a story by, as data ({@code intake/rules.json}): hedges, magnitudes, personnel,
 * verbs, measures, modalities, the story's own assertions, demonyms, capitals, source aliases and how precisely a weekday
 * dates a fact. A newsroom extends the file; the reader
 * holds no word of its own.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntakeRules(
        Map<String, List<String>> approximations,
        Map<String, List<Double>> magnitudes,
        Map<String, Double> scales,
        String foldUnit,
        List<String> notUnits,
        Map<String, List<String>> personnel,
        List<String> deploymentVerbs,
        List<String> casualtyVerbs,
        Map<String, List<String>> measures,
        Map<String, List<String>> modalities,
        Map<String, String> claimVerbs,
        List<String> claimEnds,
        List<String> assertions,
        Map<String, List<String>> events,
        List<String> eventVerbs,
        Map<String, List<String>> attribution,
        Map<String, String> demonyms,
        Map<String, String> capitals,
        Map<String, List<String>> countryNames,
        Map<String, String> sourceAliases,
        String weekdayPrecision) {

    /** The rules shipped with the service. */
    public static IntakeRules load() {
        try (InputStream in = IntakeRules.class.getClassLoader().getResourceAsStream("intake/rules.json")) {
            if (in == null) {
                throw new IllegalStateException("intake/rules.json is missing from the classpath");
            }
            return new ObjectMapper().readValue(in, IntakeRules.class);
        } catch (IOException e) {
            throw new UncheckedIOException("intake/rules.json cannot be read", e);
        }
    }
}
