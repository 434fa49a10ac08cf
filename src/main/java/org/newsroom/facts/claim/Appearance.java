package org.newsroom.facts.claim;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.source.Source;

/** Where a claim was made, as the API shows it. */
@Type("Appearance")
@Description("Where a claim was made: a statement, speech, post or article.")
public record Appearance(
        @Description("The page, post or recording.") String url,
        @Description("Who carried it (may be the claimant itself).") Source outlet,
        @Description("The title of the statement, post or article.") String title,
        @Description("When it appeared.") LocalDate on,
        @NonNull @Description("The first known appearance of the claim.") boolean first) {
}
