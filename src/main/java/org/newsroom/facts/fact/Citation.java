package org.newsroom.facts.fact;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.source.Source;

/**
 * One place where a fact was stated, as the API shows it. {@code details} — its title, url, dates, quote and archive
 * copy — is null when they were not read with it: readers' lists read a citation's sources only (an index holds them),
 * and the fields of {@link CitationGraphQLApi} read the rest when asked.
 */
@Type("Citation")
@Description("One place where a fact was stated. `source` is who stated it; `via` is who reported it, when the fact reached us second-hand: 'South Korea's intelligence agency, as reported by The Wall Street Journal' is source = the agency, via = the Journal.")
public record Citation(
        @Id @NonNull @Description("Opaque id.") String id,
        @NonNull @Description("Who stated it.") Source source,
        @Description("Who reported it, when it reached us second-hand.") Source via,
        @NonNull @Description("Who passed it on between `source` and `via`, in order: the agency -> lawmakers -> the newspaper has chain = [lawmakers].") java.util.List<@NonNull Source> chain,
        @Ignore CitationDetails details) {

    /** Its title, url, dates, quote and archive copy, which this view must carry (one read by id or at a version). */
    public CitationDetails read() {
        return java.util.Objects.requireNonNull(details, "a citation read without its details");
    }
}
