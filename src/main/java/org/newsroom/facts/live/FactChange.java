package org.newsroom.facts.live;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.fact.Fact;

/** One event of the live feed: what happened and the fact as it is now. */
@Type("FactChange")
@Description("A fact was published, corrected or retracted, or (for editors and chiefs) a correction of it was proposed or reviewed.")
public class FactChange {

    private final FactEvent event;
    private final Fact fact;
    private final List<String> countries;

    public FactChange(FactEvent event, Fact fact, List<String> countries) {
        this.event = event;
        this.fact = fact;
        this.countries = countries;
    }

    @NonNull
    @Description("What happened.")
    public FactEvent getEvent() {
        return event;
    }

    @NonNull
    @Description("The fact as it is after the change.")
    public Fact getFact() {
        return fact;
    }

    /** The alpha-2 codes of the countries the fact is about (for filters; not in the schema). */
    List<String> countries() {
        return countries;
    }
}
