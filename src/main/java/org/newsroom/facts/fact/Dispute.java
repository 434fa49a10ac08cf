package org.newsroom.facts.fact;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.source.Source;

/** A named source contesting a fact, as the API shows it. */
@Type("Dispute")
@Description("A named source contesting a fact: 'Kyiv has disputed the assertion'.")
public record Dispute(
        @NonNull @Description("Who disputes the fact.") Source source,
        @NonNull @Description("What they said, in the newsroom's words.") String statement,
        @Description("When they said it.") LocalDate on) {
}
