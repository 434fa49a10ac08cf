package org.newsroom.facts.fact;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Prints periods the way a newsroom writes them: '2024', 'August 2024', '6 August 2024', '2024–2030'. */
public final class PeriodText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_ONLY = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);

    private PeriodText() {
    }

    public static String format(PeriodValue p) {
        if (p.start == null) {
            return "until " + single(p.end, p.precision);
        }
        LocalDate end = p.end == null ? p.start : p.end;
        if (PeriodValue.firstDay(end, p.precision).equals(p.start)) {
            return single(p.start, p.precision);
        }
        return switch (p.precision) {
            case YEAR -> p.start.getYear() + "–" + end.getYear();
            case MONTH -> p.start.getYear() == end.getYear()
                    ? p.start.format(MONTH_ONLY) + "–" + end.format(MONTH)
                    : p.start.format(MONTH) + " – " + end.format(MONTH);
            case DAY -> {
                if (p.start.getYear() != end.getYear()) {
                    yield p.start.format(DAY) + " – " + end.format(DAY);
                }
                if (p.start.getMonth() != end.getMonth()) {
                    yield p.start.format(DAY_MONTH) + " – " + end.format(DAY);
                }
                yield p.start.getDayOfMonth() + "–" + end.format(DAY);
            }
        };
    }

    /** '1 September 2025'. */
    public static String day(LocalDate d) {
        return d.format(DAY);
    }

    private static String single(LocalDate d, DatePrecision precision) {
        return switch (precision) {
            case YEAR -> String.valueOf(d.getYear());
            case MONTH -> d.format(MONTH);
            case DAY -> d.format(DAY);
        };
    }
}
