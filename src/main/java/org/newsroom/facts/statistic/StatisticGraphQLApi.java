package org.newsroom.facts.statistic;

import org.newsroom.facts.shared.PageInfo;

import org.newsroom.facts.fact.SimilarFact;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.newsroom.facts.shared.ErrorBoundary;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsroom.facts.country.Country;
import org.newsroom.facts.fact.FactOrder;
import org.newsroom.facts.place.Place;
import org.newsroom.facts.shared.Batches;


import jakarta.inject.Inject;

/** GraphQL operations of statistics, and the batched fields of statistics and countries. */
@io.quarkus.runtime.annotations.RegisterForReflection // read by Jackson, ErrorBoundary, SourceFields (NativeReflection)
@GraphQLApi
@ErrorBoundary
public class StatisticGraphQLApi {

    @Inject
    StatisticService service;


    @Query("statistics")
    @Description("Statistics the caller may see, filtered and ordered.")
    public @NonNull StatisticConnection statistics(@Description("Which statistics.") StatisticFilter filter,
            @DefaultValue("NEWEST_FIRST") @Description("The order.") FactOrder orderBy,
            @DefaultValue("20") @Description("How many statistics (at most 100).") Integer first,
            @Description(PageInfo.AFTER) String after) {
        return service.page(filter, orderBy, first, after);
    }

    @Query("statistic")
    @Description("A statistic by id; null when there is none or the caller may not see it.")
    public Statistic statistic(@NonNull @Id @Description("The statistic's id.") String id) {
        return service.find(id);
    }

    @Query("similarStatistics")
    @Description("editor, chief: before createStatistic, the existing facts a new statistic would repeat (same countries, an overlapping period, the figure within 10 %); nothing is saved")
    public @NonNull List<@NonNull SimilarFact> similarStatistics(@NonNull @Description("The new statistic, as it would be created.") StatisticInput input,
            @DefaultValue("5") @Description("How many (at most 20), the most alike first.") Integer first) {
        return service.similar(input, first);
    }

    @Mutation("createStatistic")
    @Description("editor, chief: creates a DRAFT")
    public @NonNull Statistic createStatistic(@NonNull @Description("The new statistic.") StatisticInput input) {
        return service.create(input);
    }

    @Mutation("updateStatistic")
    @Description("editor, chief: drafts only")
    public @NonNull Statistic updateStatistic(@NonNull @Id @Description("The statistic.") String id,
            @NonNull @Description("The version the change was made on.") Integer expectedVersion,
            @NonNull @Description("The fields to change.") StatisticPatch input,
            @Description("Why, for the history.") String note) {
        return service.update(id, expectedVersion, input, note);
    }

    @Description("The place inside the country the figure is about, if any.")
    public List<Place> place(@Source List<Statistic> statistics) {
        Map<Long, Place> byId = service.placesById(statistics.stream().map(Statistic::placeId).filter(Objects::nonNull)
                .distinct().toList());
        return statistics.stream().map(s -> s.placeId() == null ? null : byId.get(s.placeId())).toList();
    }

    /** One SQL statement for all the countries of one set of arguments. */
    @Description("Statistics about this country, newest first.")
    public @NonNull List<@NonNull StatisticConnection> statistics(@Source List<Country> countries,
            @Description("Which statistics.") StatisticFilter filter,
            @DefaultValue("20") @Description("How many (at most 100).") Integer first,
            @Description(PageInfo.AFTER) String after) {
        return Batches.inOrder(countries, Country::code, codes -> service.pagePerCountry(codes, filter, first, after));
    }

    @Description("How many statistics match, over all pages.")
    public @NonNull List<@NonNull Integer> totalCount(@Source List<StatisticConnection> connections) {
        return service.count(connections.stream().map(StatisticConnection::countKey).toList());
    }
}
