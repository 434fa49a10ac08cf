package org.newsroom.facts.fact;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A stored period: the first and the last day it covers at its precision (2024 at YEAR precision is
 * 2024-01-01..2024-12-31), so that overlap filters and orders work on plain dates.
 */
@Embeddable
public class PeriodValue {

    @Column(name = "period_start")
    public LocalDate start;

    @Column(name = "period_end")
    public LocalDate end;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_precision")
    public DatePrecision precision;

    /** The names of a period's columns under a prefix ({@code period_}, {@code baseline_}), made once, not for every row read. */
    public record Columns(String start, String end, String precision) {
        public static Columns of(String prefix) {
            return new Columns(prefix + "start", prefix + "end", prefix + "precision");
        }
    }

    /**
     * The period of a row (the read path's JDBC) in the columns {@code columns} names ({@code <prefix>start},
     * {@code end} and {@code precision}); null when all three are, as Hibernate reads an empty embeddable.
     */
    public static PeriodValue read(org.newsroom.facts.shared.ReadDatabase.NamedRow rs, Columns columns) throws java.sql.SQLException {
        PeriodValue p = new PeriodValue();
        p.start = rs.object(columns.start(), LocalDate.class);
        p.end = rs.object(columns.end(), LocalDate.class);
        String precision = rs.string(columns.precision());
        p.precision = precision == null ? null : DatePrecision.valueOf(precision);
        return p.start == null && p.end == null && p.precision == null ? null : p;
    }

    /**
     * The period an input makes of the current one (none for a new fact), widened to whole days, months or years.
     * A patch means only what it says: a precision left out is the current one (DAY for a new period); a start
     * left out is the current start; an end left out makes a single day, month or year of the start when the
     * period was one (or is new), and keeps the current end when the period was a span.
     */
    public static PeriodValue of(PeriodInput input, PeriodValue current) {
        if (input == null) {
            return null;
        }
        PeriodValue p = new PeriodValue();
        p.precision = input.precision != null ? input.precision
                : current != null && current.precision != null ? current.precision : DatePrecision.DAY;
        LocalDate start = input.start != null ? input.start : current == null ? null : current.start;
        p.start = start == null ? null : firstDay(start, p.precision);
        LocalDate end = input.end != null ? input.end
                : current != null && current.isSpan() ? current.end : start;
        p.end = end == null ? null : lastDay(end, p.precision);
        return p;
    }

    /** True when the period covers more than one day, month or year at its precision. */
    public boolean isSpan() {
        return start != null && end != null && precision != null && !lastDay(start, precision).equals(end);
    }

    public static LocalDate firstDay(LocalDate d, DatePrecision precision) {
        return switch (precision) {
            case DAY -> d;
            case MONTH -> d.withDayOfMonth(1);
            case YEAR -> d.withDayOfYear(1);
        };
    }

    public static LocalDate lastDay(LocalDate d, DatePrecision precision) {
        return switch (precision) {
            case DAY -> d;
            case MONTH -> d.with(TemporalAdjusters.lastDayOfMonth());
            case YEAR -> d.with(TemporalAdjusters.lastDayOfYear());
        };
    }

    public boolean isEmpty() {
        return start == null && end == null;
    }

    public Period toView() {
        return isEmpty() ? null : new Period(start, end, precision, PeriodText.format(this));
    }

    @Override
    public String toString() {
        return isEmpty() ? "" : PeriodText.format(this);
    }
}
