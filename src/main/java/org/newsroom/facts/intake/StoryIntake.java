package org.newsroom.facts.intake;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsroom.facts.fact.FactInput;
import org.newsroom.facts.fact.FactKind;
import org.newsroom.facts.fact.FactKinds;
import org.newsroom.facts.fact.FactSimilarity;
import org.newsroom.facts.fact.SimilarFact;
import org.newsroom.facts.shared.BadUserInputException;
import org.newsroom.facts.shared.CurrentUser;
import org.newsroom.facts.shared.InputValidator;
import org.newsroom.facts.place.Place;
import org.newsroom.facts.place.PlaceService;
import org.newsroom.facts.source.Source;
import org.newsroom.facts.source.SourceService;

/**
 * proposeFacts: reads a story ({@link StoryReader}), matches the sources it names to existing ones, and adds to
 * each proposal its create&lt;Kind&gt; input and the facts it may repeat. Writes nothing.
 */
@ApplicationScoped
public class StoryIntake {

    /** How many similar facts each proposal lists. */
    static final int SIMILAR = 3;

    private final StoryReader reader = new StoryReader(IntakeRules.load());

    @Inject
    CurrentUser user;

    @Inject
    InputValidator validator;

    @Inject
    SourceService sources;

    @Inject
    FactKinds kinds;

    @Inject
    PlaceService places;

    @Inject
    FactSimilarity similarity;

    @Inject
    ObjectMapper json;

    /** editor, chief: the facts a story holds, proposed for a person to check; nothing is saved. */
    public List<FactProposal> propose(StoryInput story) {
        user.requireEditor();
        validator.check("story", story);
        if (story.publishedOn.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
            throw new BadUserInputException("must not be in the future", "story.publishedOn");
        }
        Source outletSource = story.outletId == null ? sources.named(story.outlet) : sources.require(story.outletId, "story.outletId");
        String outlet = outletSource != null ? outletSource.name() : story.outlet == null || story.outlet.isBlank() ? null : story.outlet.trim();
        List<FactProposal> out = new ArrayList<>();
        Lookups lookups = new Lookups();
        for (StoryReader.Proposal p : reader.read(story.text, story.publishedOn, outlet)) {
            StoryReader.Attribution a = p.attribution();
            ProposedSource source = a.source() == null ? (outlet == null ? new ProposedSource("(who states it)", null) : lookups.match(outlet))
                    : lookups.match(a.source());
            List<ProposedSource> chain = a.chain().stream().map(lookups::match).toList();
            ProposedSource via = a.via() == null ? null : lookups.match(a.via());
            Map<String, Object> input = new LinkedHashMap<>(p.fields());
            List<Place> named = placesIn(p, input, lookups);
            List<Source> actors = List.of();
            if (input.remove("actors") instanceof List<?> names) {
                // an event's actors, as existing sources; a name that matches none is left for the person to add
                actors = names.stream().map(actor -> lookups.match(String.valueOf(actor)).source()).filter(java.util.Objects::nonNull).toList();
                if (!actors.isEmpty()) {
                    input.put("actorIds", actors.stream().map(Source::id).toList());
                }
            }
            boolean known = source.source() != null && (via == null || via.source() != null) && chain.stream().allMatch(c -> c.source() != null);
            if (p.kind().equals("claim")) {
                if (source.source() != null) {
                    input.put("claimantId", source.source().id());
                }
                // a claim's citation is where it was reported: the story
                ProposedSource printed = outlet == null ? null : lookups.match(outlet);
                if (printed != null && printed.source() != null) {
                    input.put("citations", List.of(citation(printed.source().id(), null, List.of(), story.url)));
                }
            } else if (known) {
                input.put("citations", List.of(citation(source.source().id(), via == null ? null : via.source().id(),
                        chain.stream().map(c -> c.source().id()).toList(), story.url)));
            }
            out.add(new FactProposal(p.kind(), write(input), new ProposedCitation(source, chain, via), p.sentence(), p.start(), p.end(),
                    Math.round(p.confidence() * 100) / 100.0, similar(p.kind(), input), named, actors));
        }
        return out;
    }

    /**
     * The existing places of the proposal's countries that its sentence names ("the Kursk region" → Kursk Oblast: the
     * place's name, or its first word, as a word of the sentence): placeId for a statistic, placeIds otherwise.
     */
    private List<Place> placesIn(StoryReader.Proposal p, Map<String, Object> input, Lookups lookups) {
        List<String> codes = new ArrayList<>();
        for (String key : List.of("origin", "destination", "country")) {
            if (input.get(key) instanceof String code) {
                codes.add(code);
            }
        }
        if (input.get("countries") instanceof List<?> list) {
            list.forEach(c -> codes.add(String.valueOf(c)));
        }
        if (codes.isEmpty()) {
            return List.of();
        }
        List<Place> found = new ArrayList<>();
        for (String code : codes) {
            for (Place place : lookups.placesIn(code)) {
                String first = place.name().split("\\s+")[0];
                // "the Kursk region": Kursk Oblast by its first word, unless that word names a country ("Russian" soldiers)
                if (named(p.sentence(), place.name()) || first.length() >= 4 && !reader.namesACountry(first) && named(p.sentence(), first)) {
                    found.add(place);
                }
            }
        }
        if (found.isEmpty()) {
            return List.of();
        }
        if (p.kind().equals("statistic")) {
            input.put("placeId", found.get(0).id());
            return List.of(found.get(0));
        }
        input.put("placeIds", found.stream().map(Place::id).toList());
        return found;
    }

    private static boolean named(String sentence, String words) {
        return java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(words) + "(?![\\p{L}])").matcher(sentence).find();
    }

    /** The sources and places one story asks for, each looked up once however many proposals name it. */
    private final class Lookups {
        private final Map<String, ProposedSource> sourcesByName = new java.util.HashMap<>();
        private final Map<String, List<Place>> placesByCountry = new java.util.HashMap<>();

        ProposedSource match(String name) {
            return sourcesByName.computeIfAbsent(name, n -> {
                Source found = sources.named(n);
                return new ProposedSource(found == null ? n : found.name(), found);
            });
        }

        List<Place> placesIn(String countryCode) {
            return placesByCountry.computeIfAbsent(countryCode, c -> places.byCountries(List.of(c)).getOrDefault(c, List.of()));
        }
    }

    private static Map<String, Object> citation(String sourceId, String viaId, List<String> chain, String url) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("sourceId", sourceId);
        if (viaId != null) {
            c.put("viaSourceId", viaId);
        }
        if (!chain.isEmpty()) {
            c.put("chainSourceIds", chain);
        }
        if (url != null && !url.isBlank()) {
            c.put("url", url.trim());
        }
        return c;
    }

    /** The facts the proposal may repeat; none when its input is not yet complete enough to compare. */
    private <E extends org.newsroom.facts.fact.FactEntity, P extends org.newsroom.facts.fact.FactPatch> List<SimilarFact> similar(String kindName,
            Map<String, Object> input) {
        FactKind<E, P> kind = kinds.named(kindName);
        if (kind == null) {
            return List.of();
        }
        try {
            FactInput<P> typed = json.convertValue(input, kind.inputType());
            return similarity.similar(kind, typed, SIMILAR);
        } catch (BadUserInputException | IllegalArgumentException | org.newsroom.facts.shared.NotFoundException e) {
            return List.of(); // a proposal still missing a country or a unit is compared once a person completes it
        }
    }

    private String write(Map<String, Object> input) {
        try {
            return json.writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a proposal could not be written as JSON", e);
        }
    }
}
