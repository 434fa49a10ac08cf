package org.newsroom.facts.statistic;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.newsroom.facts.country.CountryCode;
import org.newsroom.facts.fact.PeriodInput;
import org.newsroom.facts.fact.QuantityInput;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.newsroom.facts.shared.Text;

/** Changes to a statistic; a field left out (or null) stays as it is. */
@io.quarkus.runtime.annotations.RegisterForReflection // read by Jackson, ErrorBoundary, SourceFields (NativeReflection)
@Input("StatisticPatch")
@Description("Fields to change in a statistic; a field left out stays as it is. An empty notes string clears the notes; an empty placeId clears the place.")
public class StatisticPatch extends org.newsroom.facts.fact.FactPatch {

    @CountryCode
    @Description("The country: alpha-2 or alpha-3.")
    public String country;

    @Id
    @Description("A place inside the country; an empty string clears it.")
    public String placeId;

    @Text
    @Size(min = 1, max = 200)
    @Description("What is measured, in words.")
    public String indicator;

    @Description("What kind of figure it is.")
    public Measure measure;

    @Valid
    @Description("The figure.")
    public QuantityInput value;

    @Valid
    @Description("The period the figure refers to.")
    public PeriodInput period;

    @Valid
    @Description("For a CHANGE, the period compared against.")
    public PeriodInput baseline;
}
