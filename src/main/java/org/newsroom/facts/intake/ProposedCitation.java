package org.newsroom.facts.intake;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Who a proposed fact comes from, as the story attributes it. */
@Type("ProposedCitation")
@Description("The citation a proposed fact would have: who stated it, the sources between, and the report the story relies on (via); the story itself when it names nobody.")
public record ProposedCitation(
        @NonNull @Description("Who stated it (the story's outlet when the story names nobody).") ProposedSource source,
        @NonNull @Description("Sources between source and via, in order (NIS → lawmakers).") List<@NonNull ProposedSource> chain,
        @Description("The report it reached the story through ('according to The Wall Street Journal').") ProposedSource via) {
}
