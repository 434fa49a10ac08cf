package org.newsroom.facts.fact;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;
import org.newsroom.facts.shared.ErrorBoundary;

import jakarta.inject.Inject;

/**
 * A citation's details, batched: readers' lists read citations with their sources only, and these six fields read the
 * rest of the citations they are asked for in one statement (once for all six).
 */
@GraphQLApi
@ErrorBoundary
@io.quarkus.runtime.annotations.RegisterForReflection
public class CitationGraphQLApi {

    @Inject
    FactCitations citations;

    @Description("The title of the article, report or statement.")
    public List<String> title(@Source List<Citation> cited) {
        return detail(cited, CitationDetails::title);
    }

    @Description("Where to read it.")
    public List<String> url(@Source List<Citation> cited) {
        return detail(cited, CitationDetails::url);
    }

    @Description("When it was published.")
    public List<LocalDate> publishedOn(@Source List<Citation> cited) {
        return detail(cited, CitationDetails::publishedOn);
    }

    @Description("When the newsroom read it.")
    public List<LocalDate> accessedOn(@Source List<Citation> cited) {
        return detail(cited, CitationDetails::accessedOn);
    }

    @Description("The words quoted from it.")
    public List<String> quote(@Source List<Citation> cited) {
        return detail(cited, CitationDetails::quote);
    }

    @Description("A permanent copy of the cited page (a web archive, perma.cc, the newsroom's own archive).")
    public List<String> archiveUrl(@Source List<Citation> cited) {
        return detail(cited, CitationDetails::archiveUrl);
    }

    private <T> List<T> detail(List<Citation> cited, Function<CitationDetails, T> value) {
        return citations.detailsOf(cited).stream().map(d -> d == null ? null : value.apply(d)).toList();
    }
}
