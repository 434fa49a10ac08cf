package org.newsroom.facts.intake;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.fact.SimilarFact;
import org.newsroom.facts.place.Place;
import org.newsroom.facts.source.Source;

/** A fact read from a story, for a person to check before anything is saved. */
@Type("FactProposal")
@Description("A fact read from a story: its kind and its create<Kind> input as far as the text allows, the citation, where in the text it came from, how sure the reading is, and the existing facts it may repeat. Nothing is saved until a person creates it.")
public record FactProposal(
        @NonNull @Description("The kind: 'deployment', 'statistic', 'claim' or 'event' (the mutation is create<Kind>).") String kind,
        @NonNull @Description("The kind's input as JSON, ready for create<Kind> once checked: figure, approximation, unit, period resolved against the publication day, asOf, modality, verification, countries; citations (and a claim's claimantId) only when every source exists.") String input,
        @NonNull @Description("Who the fact comes from, as the story attributes it.") ProposedCitation citation,
        @NonNull @Description("The sentence it came from.") String sentence,
        @NonNull @Description("Where the figure or claim starts in the given text: an offset in UTF-16 code units, as JavaScript counts.") int start,
        @NonNull @Description("Where it ends (exclusive), in UTF-16 code units.") int end,
        @NonNull @Description("How sure the reading is, from 0 to 1: more when countries, unit, period and attribution were all found.") double confidence,
        @NonNull @Description("Existing facts it may repeat (as similar<Kinds> finds them).") List<@NonNull SimilarFact> similar,
        @NonNull @Description("The existing places its sentence names, as its input has them (placeId or placeIds).") List<@NonNull Place> places,
        @NonNull @Description("An event's actors that are existing sources, as its input has them (actorIds).") List<@NonNull Source> actors) {
}
