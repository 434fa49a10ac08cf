package org.newsroom.facts.fact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A stored number with its uncertainty and unit (columns {@code qty_*} of a fact). */
@Embeddable
public class QuantityValue {

    @Column(name = "qty_value")
    public Double value;

    @Column(name = "qty_low")
    public Double low;

    @Column(name = "qty_high")
    public Double high;

    @Enumerated(EnumType.STRING)
    @Column(name = "qty_approximation")
    public Approximation approximation;

    @Column(name = "qty_unit")
    public String unit;

    /** The source's words when it gives no number: 'significant losses'. */
    @Column(name = "qty_words")
    public String words;

    /** The quantity of a row of {@code fact} (the read path's JDBC). */
    public static QuantityValue read(org.newsroom.facts.shared.ReadDatabase.NamedRow rs) throws java.sql.SQLException {
        String approximation = rs.string("qty_approximation");
        if (approximation == null) {
            return null; // a claim, or an event without casualties
        }
        QuantityValue q = new QuantityValue();
        q.value = rs.object("qty_value", Double.class);
        q.low = rs.object("qty_low", Double.class);
        q.high = rs.object("qty_high", Double.class);
        q.approximation = Approximation.valueOf(approximation);
        q.unit = rs.string("qty_unit");
        q.words = rs.string("qty_words");
        return q;
    }

    /**
     * The figure a patch makes of the current one: an approximation left out is the current one, and a patch
     * without value, low, high and words keeps the current figures (only the unit or the approximation change).
     * For a new figure (no current one) an approximation left out is EXACT. The merged figure is checked against its approximation; a lack is reported at {@code field}.
     */
    public static QuantityValue of(QuantityInput input, QuantityValue current, String field) {
        if (input == null) {
            return null;
        }
        QuantityValue q = new QuantityValue();
        boolean figures = input.value != null || input.low != null || input.high != null
                || (input.words != null && !input.words.isBlank());
        QuantityValue from = figures || current == null ? null : current;
        q.value = from == null ? input.value : from.value;
        q.low = from == null ? input.low : from.low;
        q.high = from == null ? input.high : from.high;
        q.words = from == null ? (input.words == null || input.words.isBlank() ? null : input.words.trim()) : from.words;
        q.approximation = input.approximation != null ? input.approximation
                : current != null && current.approximation != null ? current.approximation : Approximation.EXACT;
        q.unit = input.unit.trim();
        if (!q.wordsOnly()) {
            String[] missing = ValidQuantity.Validator.missing(q.approximation, q.value, q.low, q.high);
            if (missing != null) {
                throw new org.newsroom.facts.shared.BadUserInputException(missing[0] + " " + missing[1], field + "." + missing[0]);
            }
        }
        return q;
    }

    /** {@link #central()} as SQL over the alias {@code f}: the sort key of LARGEST_FIRST and the figure similarFacts compares. */
    public static final String CENTRAL_SQL = "coalesce(f.qty_value, (f.qty_low + f.qty_high) / 2, f.qty_low, f.qty_high, cast('-Infinity' as float8))";

    /** True when only the source's words are known, no number. */
    public boolean wordsOnly() {
        return words != null && value == null && low == null && high == null;
    }

    /** The central figure used for LARGEST_FIRST; the same expression as {@link #CENTRAL_SQL}. */
    public double central() {
        if (value != null) {
            return value;
        }
        if (low != null && high != null) {
            return (low + high) / 2;
        }
        if (low != null) {
            return low;
        }
        return high != null ? high : Double.NEGATIVE_INFINITY;
    }

    public Quantity toView() {
        return new Quantity(value, low, high, approximation, unit, QuantityText.format(this), words);
    }

    @Override
    public String toString() {
        return QuantityText.format(this);
    }
}
