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

    public static QuantityValue of(QuantityInput input) {
        if (input == null) {
            return null;
        }
        QuantityValue q = new QuantityValue();
        q.value = input.value;
        q.low = input.low;
        q.high = input.high;
        q.approximation = input.approximation == null ? Approximation.EXACT : input.approximation;
        q.unit = input.unit.trim();
        q.words = input.words == null || input.words.isBlank() ? null : input.words.trim();
        return q;
    }

    /** The central figure used for LARGEST_FIRST; the same expression as the SQL sort key. */
    /** True when only the source's words are known, no number. */
    public boolean wordsOnly() {
        return words != null && value == null && low == null && high == null;
    }

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
