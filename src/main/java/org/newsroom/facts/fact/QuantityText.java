package org.newsroom.facts.fact;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Prints quantities the way a newsroom writes them: 'nearly 15,000 workers', '1.5 million workers'. */
public final class QuantityText {

    private static final String[] MAGNITUDES = { "ones", "tens", "hundreds", "thousands", "tens of thousands",
            "hundreds of thousands", "millions", "tens of millions", "hundreds of millions", "billions",
            "tens of billions", "hundreds of billions" };

    private QuantityText() {
    }

    public static String format(QuantityValue q) {
        if (q.wordsOnly()) {
            return q.words;
        }
        String unit = q.unit;
        return switch (q.approximation) {
            case EXACT -> number(q.value) + " " + unit;
            case ABOUT -> "about " + number(q.value) + " " + unit;
            case NEARLY -> "nearly " + number(q.value) + " " + unit;
            case AT_LEAST -> "at least " + number(q.value != null ? q.value : q.low) + " " + unit;
            case AT_MOST -> "up to " + number(q.value != null ? q.value : q.high) + " " + unit;
            case RANGE -> number(q.low) + "–" + number(q.high) + " " + unit;
            case ORDER_OF_MAGNITUDE -> magnitude(q.low) + " of " + unit;
        };
    }

    /** '15,000', '1.5 million', '2.4 billion', '12', '0.75'. */
    public static String number(Double value) {
        if (value == null) {
            return "an unknown number of";
        }
        double v = value;
        double abs = Math.abs(v);
        if (abs >= 1e9 && isRound(abs / 1e9)) {
            return plain(v / 1e9) + " billion";
        }
        if (abs >= 1e6 && isRound(abs / 1e6)) {
            return plain(v / 1e6) + " million";
        }
        return plain(v);
    }

    private static boolean isRound(double scaled) {
        return Math.abs(scaled * 100 - Math.rint(scaled * 100)) < 1e-6;
    }

    /** A format per thread (DecimalFormat is not thread-safe; parsing its pattern for every figure showed in profiles). */
    private static final ThreadLocal<DecimalFormat> PLAIN = ThreadLocal
            .withInitial(() -> new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH)));

    static String plain(double v) {
        long whole = (long) v;
        // most figures are whole: formatted as a long, the same text without the double's digit conversion
        return whole == v && whole != 0 && Math.abs(whole) < 1L << 53 ? PLAIN.get().format(whole) : PLAIN.get().format(v);
    }

    private static String magnitude(Double low) {
        if (low == null || low < 1) {
            return "an unknown number";
        }
        int exponent = (int) Math.floor(Math.log10(low) + 1e-9);
        return exponent < MAGNITUDES.length ? MAGNITUDES[exponent] : "vast numbers";
    }
}
