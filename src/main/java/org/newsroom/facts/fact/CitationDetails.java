package org.newsroom.facts.fact;

import java.time.LocalDate;

/**
 * What a citation says about where the fact was stated, beyond its sources: the values of its {@code title}, {@code url},
 * {@code publishedOn}, {@code accessedOn}, {@code quote} and {@code archiveUrl} fields ({@link CitationGraphQLApi}).
 */
public record CitationDetails(String title, String url, LocalDate publishedOn, LocalDate accessedOn, String quote, String archiveUrl) {
}
