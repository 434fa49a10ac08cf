package org.newsroom.facts.revision;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.fact.Citation;
import org.newsroom.facts.source.Source;

/**
 * A citation as a past version printed it: its sources by the names they had then. Plain values without ids, so that
 * a client's normalized cache (Apollo, Relay), which keeps one record per id, never takes a past name for a source's
 * name now.
 */
@Type("CitationAsPrinted")
@Description("A citation as a past version printed it, its sources by the names they had then (names, not Source objects: "
        + "a client cache keeps one Source per id, with its name now).")
public record CitationAsPrinted(
        @NonNull @Description("Who stated it, as named then.") String sourceName,
        @Description("Who reported it, as named then, when it reached the newsroom second-hand.") String viaName,
        @NonNull @Description("Who passed it on between source and via, in order, as named then.") List<@NonNull String> chainNames,
        @Description("The title of the article, report or statement.") String title,
        @Description("Where to read it.") String url,
        @Description("When it was published.") LocalDate publishedOn,
        @Description("The words quoted from it.") String quote,
        @Description("A permanent copy of the cited page.") String archiveUrl) {

    /** The citation's values, sources by the names its view carries (those of the version). */
    static CitationAsPrinted of(Citation c) {
        var d = c.read();
        return new CitationAsPrinted(c.source().name(), c.via() == null ? null : c.via().name(), c.chain().stream().map(Source::name).toList(),
                d.title(), d.url(), d.publishedOn(), d.quote(), d.archiveUrl());
    }
}
