package org.newsroom.facts.fact;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** A period as an editor enters it: any day inside the first and the last unit, at a precision. */
@Input("PeriodInput")
@Description("A period. With YEAR precision any day of the year will do (2024-01-01 for 2024); end left out means a single day, month or year; start <= end.")
@ValidPeriod
public class PeriodInput {

    @Description("A day inside the first day, month or year of the period.")
    public LocalDate start;

    @Description("A day inside the last day, month or year; left out for a single one.")
    public LocalDate end;

    @Description("How precisely the dates are known. Left out: DAY for a new period; in a patch or a correction, the "
            + "precision the period has (changing only a start never turns a year into a day).")
    public DatePrecision precision;

    public PeriodInput() {
    }

    public PeriodInput(LocalDate start, LocalDate end, DatePrecision precision) {
        this.start = start;
        this.end = end;
        this.precision = precision;
    }
}
