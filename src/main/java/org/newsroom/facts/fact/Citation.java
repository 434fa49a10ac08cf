package org.newsroom.facts.fact;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.source.Source;

/** One place where a fact was stated, as the API shows it. */
@Type("Citation")
@Description("One place where a fact was stated. `source` is who stated it; `via` is who reported it, when the fact reached us second-hand: 'South Korea's intelligence agency, as reported by The Wall Street Journal' is source = the agency, via = the Journal.")
public record Citation(
        @Id @NonNull @Description("Opaque id.") String id,
        @NonNull @Description("Who stated it.") Source source,
        @Description("Who reported it, when it reached us second-hand.") Source via,
        @Description("The title of the article, report or statement.") String title,
        @Description("Where to read it.") String url,
        @Description("When it was published.") LocalDate publishedOn,
        @Description("When the newsroom read it.") LocalDate accessedOn,
        @Description("The words quoted from it.") String quote,
        @Description("A permanent copy of the cited page (a web archive, perma.cc, the newsroom's own archive).") String archiveUrl,
        @NonNull @Description("Who passed it on between `source` and `via`, in order: the agency -> lawmakers -> the newspaper has chain = [lawmakers].") java.util.List<@NonNull Source> chain) {
}
