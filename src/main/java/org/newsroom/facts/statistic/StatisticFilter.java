package org.newsroom.facts.statistic;

import java.time.LocalDate;
import java.util.Objects;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.newsroom.facts.fact.PublicationStatus;

/** Which statistics to list; equal filters batch together. */
@Input("StatisticFilter")
@Description("Which statistics to list. Country arguments accept alpha-2 or alpha-3 codes in any case.")
public class StatisticFilter {

    @Description("Only statistics about this country.")
    public String country;

    @Description("Case-insensitive substring of the indicator.")
    public String indicator;

    @Description("Only figures of this kind.")
    public Measure measure;

    @Description("Readers may only ask for PUBLISHED or RETRACTED; by default they get both, editors get all.")
    public PublicationStatus status;

    @Description("Only statistics whose period overlaps [from, to].")
    public LocalDate from;

    @Description("Only statistics whose period overlaps [from, to].")
    public LocalDate to;

    /** The filter from the argument as a plain data fetcher gets it; null when absent. */
    static StatisticFilter of(java.util.Map<String, Object> input) {
        if (input == null) {
            return null;
        }
        StatisticFilter f = new StatisticFilter();
        f.country = org.newsroom.facts.shared.ArgumentMaps.text(input, "country");
        f.indicator = org.newsroom.facts.shared.ArgumentMaps.text(input, "indicator");
        f.measure = org.newsroom.facts.shared.ArgumentMaps.enumOf(Measure.class, input, "measure");
        f.status = org.newsroom.facts.shared.ArgumentMaps.enumOf(org.newsroom.facts.fact.PublicationStatus.class, input, "status");
        f.from = org.newsroom.facts.shared.ArgumentMaps.date(input, "from");
        f.to = org.newsroom.facts.shared.ArgumentMaps.date(input, "to");
        return f;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatisticFilter f
                && Objects.equals(country, f.country)
                && Objects.equals(indicator, f.indicator)
                && Objects.equals(measure, f.measure)
                && Objects.equals(status, f.status)
                && Objects.equals(from, f.from)
                && Objects.equals(to, f.to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(country, indicator, measure, status, from, to);
    }
}
