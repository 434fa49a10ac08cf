package org.newsroom.facts.statistic;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.country.Countries;
import org.newsroom.facts.country.Country;
import org.newsroom.facts.fact.Fact;
import org.newsroom.facts.fact.FactBase;
import org.newsroom.facts.fact.Period;
import org.newsroom.facts.fact.Quantity;

/** A statistic as the API shows it; its place is a batched field of {@link StatisticGraphQLApi}. */
@Type("Statistic")
@Description("A figure about a country: 'a shortfall of 1.5 million workers, rising to 2.4 million by 2030'.")
public class Statistic extends FactBase implements Fact {

    private final String countryCode;
    private final Long placeId;
    private final String indicator;
    private final Measure measure;
    private final Quantity value;
    private final Period period;
    private final Period baseline;
    private final String notes;

    Statistic(StatisticEntity e) {
        super(e);
        this.countryCode = e.countryCode;
        this.placeId = e.placeId;
        this.indicator = e.indicator;
        this.measure = e.measure;
        this.value = e.quantity.toView();
        this.period = e.period == null ? null : e.period.toView();
        this.baseline = e.baseline == null ? null : e.baseline.toView();
        this.notes = e.notes;
    }

    @Override
    @NonNull
    @Description("One printable English sentence.")
    public String getSummary() {
        String hedge = switch (getModality()) {
            case STATED -> "";
            case REPORTED -> "reportedly ";
            case BELIEVED -> "believed to be ";
            case ALLEGED -> "allegedly ";
            case PROJECTED -> "could reach ";
        };
        String what = switch (measure) {
            case PROJECTION -> hedge.isEmpty() ? "Projected " + indicator : Character.toUpperCase(indicator.charAt(0)) + indicator.substring(1);
            case ESTIMATE -> "Estimated " + indicator;
            default -> Character.toUpperCase(indicator.charAt(0)) + indicator.substring(1);
        };
        String figure = measure == Measure.CHANGE && baseline != null
                ? value.text() + " the level of " + baseline.text()
                : value.text();
        String survey = measure == Measure.SURVEY ? ", in a survey" : "";
        return what + " in " + Countries.name(countryCode, "en") + ": " + hedge + figure + when(period) + survey + ".";
    }

    @NonNull
    @Description("The country the figure is about.")
    public Country getCountry() {
        return Countries.of(countryCode);
    }

    @NonNull
    @Description("What is measured, in words: 'labour shortfall', 'arrivals from North Korea'.")
    public String getIndicator() {
        return indicator;
    }

    @NonNull
    @Description("What kind of figure it is.")
    public Measure getMeasure() {
        return measure;
    }

    @NonNull
    @Description("The figure.")
    public Quantity getValue() {
        return value;
    }

    @NonNull
    @Description("The period the figure refers to; for a projection, the target period.")
    public Period getPeriod() {
        return period;
    }

    @Description("For a CHANGE, the period compared against.")
    public Period getBaseline() {
        return baseline;
    }

    @Description("Context for readers, in the newsroom's words.")
    public String getNotes() {
        return notes;
    }

    @Ignore
    public Long placeId() {
        return placeId;
    }
}
