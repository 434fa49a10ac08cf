package org.newsroom.facts.intake;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.source.Source;

/** A source a story names, matched to an existing one or proposed as new. */
@Type("ProposedSource")
@Description("A source a story names: the existing source it matches (by name or a known alias), or, when none, the name of a new one to create.")
public record ProposedSource(
        @NonNull @Description("The name: the existing source's, else as the story gives it.") String name,
        @Description("The existing source; null for a new one.") Source source) {
}
