package org.newsroom.facts.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** How figures read in print: grouping, millions and billions, hedges, ranges, magnitudes; the same on every thread. */
class QuantityTextTest {

    private static QuantityValue q(Approximation approximation, Double value, Double low, Double high, String unit) {
        QuantityValue q = new QuantityValue();
        q.approximation = approximation;
        q.value = value;
        q.low = low;
        q.high = high;
        q.unit = unit;
        return q;
    }

    @Test
    void numbersReadAsPrinted() {
        assertEquals("15,000", QuantityText.number(15_000.0));
        assertEquals("1.5 million", QuantityText.number(1_500_000.0));
        assertEquals("2.4 billion", QuantityText.number(2_400_000_000.0));
        assertEquals("1,234,567", QuantityText.number(1_234_567.0));
        assertEquals("0.75", QuantityText.number(0.75));
        assertEquals("-12", QuantityText.number(-12.0));
        assertEquals("an unknown number of", QuantityText.number(null));
    }

    @Test
    void hedgesRangesAndMagnitudes() {
        assertEquals("nearly 15,000 workers", QuantityText.format(q(Approximation.NEARLY, 15_000.0, null, null, "workers")));
        assertEquals("about 12,000 troops", QuantityText.format(q(Approximation.ABOUT, 12_000.0, null, null, "troops")));
        assertEquals("10,000–12,000 troops", QuantityText.format(q(Approximation.RANGE, null, 10_000.0, 12_000.0, "troops")));
        assertEquals("at least 3 ships", QuantityText.format(q(Approximation.AT_LEAST, null, 3.0, null, "ships")));
        assertEquals("tens of thousands of workers", QuantityText.format(q(Approximation.ORDER_OF_MAGNITUDE, null, 20_000.0, null, "workers")));
    }

    /** Whole figures take a shortcut (formatted as a long); it prints what the double's format prints, at every edge. */
    @Test
    void wholeFiguresReadAsTheDoubleFormatReadsThem() {
        java.text.DecimalFormat reference = new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH));
        for (double v : new double[] { 0.0, -0.0, 1.0, 7.0, 999.0, 1_000.0, 15_000.0, 999_999.0, -12.0, 9_007_199_254_740_991.0,
                9_007_199_254_740_992.0, 1e18, 0.5, 12.345, 999_999.999 }) {
            assertEquals(reference.format(v), QuantityText.plain(v), "figure " + v);
        }
    }

    /** The format is kept per thread: threads formatting at once never mix their figures. */
    @Test
    void threadsFormattingAtOnceGetTheirOwnFigures() {
        ConcurrentHashMap<Integer, String> out = new ConcurrentHashMap<>();
        IntStream.range(0, 20_000).parallel().forEach(i -> out.put(i, QuantityText.number(i * 1_000.0 + 0.5)));
        for (int i : List.of(0, 1, 999, 12_345, 19_999)) {
            assertEquals(String.format(java.util.Locale.ENGLISH, "%,d.5", i * 1_000L), out.get(i));
        }
        IntStream.range(0, 20_000).forEach(i -> assertEquals(String.format(java.util.Locale.ENGLISH, "%,d.5", i * 1_000L), out.get(i)));
    }
}
