package org.newsroom.facts.statistic;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.newsroom.facts.fact.PublicationStatus;

/** Which statistics to list. */
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
}
