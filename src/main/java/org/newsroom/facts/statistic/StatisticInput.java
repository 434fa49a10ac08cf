package org.newsroom.facts.statistic;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsroom.facts.country.CountryCode;
import org.newsroom.facts.fact.CitationInput;
import org.newsroom.facts.fact.PeriodInput;
import org.newsroom.facts.fact.QuantityInput;
import org.newsroom.facts.fact.Verification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.newsroom.facts.shared.Text;

/** A new statistic as an editor enters it. */
@io.quarkus.runtime.annotations.RegisterForReflection // read by Jackson, ErrorBoundary, SourceFields (NativeReflection)
@Input("StatisticInput")
@Description("A new statistic about a country. A CHANGE needs a baseline period before its period.")
@ValidStatistic
public class StatisticInput extends org.newsroom.facts.fact.FactInput<StatisticPatch> {

    @NonNull
    @NotBlank
    @CountryCode
    @Description("The country: alpha-2 or alpha-3.")
    public String country;

    @Id
    @Description("A place inside the country (an id from createPlace).")
    public String placeId;

    @Text
    @NonNull
    @NotBlank
    @Size(max = 200)
    @Description("What is measured, in words: 'labour shortfall'.")
    public String indicator;

    @NonNull
    @NotNull
    @Description("What kind of figure it is.")
    public Measure measure;

    @NonNull
    @NotNull
    @Valid
    @Description("The figure.")
    public QuantityInput value;

    @NonNull
    @NotNull
    @Valid
    @Description("The period the figure refers to; for a projection, the target period.")
    public PeriodInput period;

    @Valid
    @Description("For a CHANGE, the period compared against.")
    public PeriodInput baseline;

    @DefaultValue("STATED")
    @Description("How the source puts it; STATED when left out.")
    public org.newsroom.facts.fact.Modality modality = org.newsroom.facts.fact.Modality.STATED;

    @DefaultValue("REPORTED")
    @Description("How far it has been checked; REPORTED when left out.")
    public Verification verification = Verification.REPORTED;

    @Override
    public org.newsroom.facts.fact.Modality modality() {
        return modality;
    }

    @Override
    public Verification verification() {
        return verification;
    }

    @Override
    protected StatisticPatch kindPatch() {
        StatisticPatch fields = new StatisticPatch();
        fields.country = country;
        fields.placeId = placeId;
        fields.indicator = indicator;
        fields.measure = measure;
        fields.value = value;
        fields.period = period;
        fields.baseline = baseline;
        return fields;
    }
}
