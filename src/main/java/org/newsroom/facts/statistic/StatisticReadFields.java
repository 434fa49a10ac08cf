package org.newsroom.facts.statistic;

import org.newsroom.facts.country.Country;
import org.newsroom.facts.shared.ParentPageKey;
import org.newsroom.facts.shared.LeanFields;
import org.newsroom.facts.shared.ReadFields;

import graphql.schema.DataFetchingEnvironment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The lean read path of statistics: their place, a country's statistics, their counts. */
@ApplicationScoped
public class StatisticReadFields implements ReadFields {

    @Inject
    StatisticGraphQLApi api;

    @Override
    public void register(LeanFields fields) {
        fields.batched("Statistic.place", "Statistic", "place", api::place);
        fields.batchedWith("Country.statistics", "Country", "statistics", 
                (Country c, DataFetchingEnvironment env) -> ParentPageKey.of(c.code(), env, StatisticFilter::of), api::pages);
        fields.batched("StatisticConnection.totalCount", "StatisticConnection", "totalCount", api::totalCount);
    }
}
