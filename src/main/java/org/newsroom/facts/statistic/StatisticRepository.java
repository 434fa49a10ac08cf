package org.newsroom.facts.statistic;

import java.util.Locale;

import org.newsroom.facts.fact.FactQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries of statistics: filtered and ordered pages, overall or per country. */
@ApplicationScoped
public class StatisticRepository implements PanacheRepositoryBase<StatisticEntity, Long> {

    public static final String COUNTRY = "country_code";
    static final String KIND = "STATISTIC";

    /**
     * The statistics matching a country (alpha-2), an indicator substring (trigram index) and a measure.
     *
     * @param perCountry {@link #COUNTRY} to cut pages per country, or null
     */
    public FactQuery matching(String perCountry, String country, String indicator, Measure measure) {
        FactQuery query = new FactQuery(KIND, perCountry).equal(COUNTRY, country).equal("measure", measure);
        if (indicator != null && !indicator.isBlank()) {
            query.where("lower(f.indicator) like :indicator escape '!'", "indicator", "%" + indicator.trim().toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return query;
    }
}
