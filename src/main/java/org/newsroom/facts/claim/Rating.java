package org.newsroom.facts.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The newsroom's published rating scale, with its printed labels and schema.org values (5 best, 1 worst). */
@Enum("Rating")
@Description("A verdict on the newsroom's published rating scale.")
public enum Rating {
    @Description("accurate, nothing significant missing")
    TRUE("True", 5),
    @Description("accurate but needs clarification or context")
    MOSTLY_TRUE("Mostly true", 4),
    @Description("partly accurate, partly not")
    MIXED("Mixed", 3),
    @Description("contains some truth but leaves a false impression")
    MOSTLY_FALSE("Mostly false", 2),
    @Description("not accurate")
    FALSE("False", 1),
    @Description("cannot be established from the evidence available")
    UNPROVEN("Unproven", null);

    /** The best and worst values of the scale (schema.org bestRating, worstRating). */
    public static final int BEST = 5;
    public static final int WORST = 1;

    private final String label;
    private final Integer value;

    Rating(String label, Integer value) {
        this.label = label;
        this.value = value;
    }

    /** The label printed with the rating: 'Unproven'. */
    public String label() {
        return label;
    }

    /** schema.org ratingValue on the scale WORST..BEST; null for UNPROVEN (off the scale). */
    public Integer value() {
        return value;
    }
}
