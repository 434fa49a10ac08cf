package org.newsroom.facts.usage;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A page that prints a fact, as the API shows it; its fact is a batched field of {@link UsageGraphQLApi}. */
@Type("Usage")
@Description("A page that prints a fact: a story, a live blog, a fact box.")
public record Usage(
        @Ignore long id,
        @Ignore long factId,
        @NonNull @Description("The page.") String url,
        @Description("The page's title.") String title,
        @NonNull @Description("When the page last registered (or confirmed) the fact.") OffsetDateTime registeredAt,
        @NonNull @Description("The fact's version when the page last showed it.") int factVersion,
        @NonNull @Description("True when the fact has changed (corrected, retracted) since the page last confirmed it.") boolean needsUpdate) {
}
