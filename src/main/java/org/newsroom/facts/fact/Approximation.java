package org.newsroom.facts.fact;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** How exact a reported number is. */
@Enum("Approximation")
@Description("How exact a reported number is.")
public enum Approximation {
    @Description("exactly this figure")
    EXACT,
    @Description("'about', 'approximately', 'some'")
    ABOUT,
    @Description("'nearly', 'almost' (the true figure is a little below)")
    NEARLY,
    @Description("'more than', 'at least'")
    AT_LEAST,
    @Description("'up to', 'at most'")
    AT_MOST,
    @Description("between low and high")
    RANGE,
    @Description("'hundreds of thousands': only the order of magnitude is known; low/high give it")
    ORDER_OF_MAGNITUDE
}
