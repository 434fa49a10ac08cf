package org.newsroom.facts.fact;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A time span or point as precisely as it is known, with its printable text. */
@Type("Period")
@Description("A time span or point as precisely as it is known. A point in time has start = end. start and end are the first and last day the period covers at its precision: 2024 is 2024-01-01 to 2024-12-31.")
public record Period(
        @Description("The first day the period covers; null when only its end is known.") LocalDate start,
        @Description("The last day the period covers.") LocalDate end,
        @NonNull @Description("How precisely the dates are known.") DatePrecision precision,
        @NonNull @Description("Ready to print: '2024', 'August 2024', '6 August 2024', '2024–2030'.") String text) {
}
