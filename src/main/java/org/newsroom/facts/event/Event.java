package org.newsroom.facts.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.fact.Fact;
import org.newsroom.facts.fact.FactBase;
import org.newsroom.facts.fact.Period;
import org.newsroom.facts.fact.Quantity;

/** An event as the API shows it; its countries, places, actors and related facts are batched fields of {@link EventGraphQLApi}. */
@Type("Event")
@Description("Something that happened: 'Ukrainian forces launched a surprise incursion into Kursk Oblast (August 2024).'")
public class Event extends FactBase implements Fact {

    private final EventKind kind;
    private final String title;
    private final Period period;
    private final Quantity casualties;
    private final String notes;

    Event(EventEntity e) {
        super(e);
        this.kind = e.eventKind;
        this.title = e.title;
        this.period = e.period == null ? null : e.period.toView();
        this.casualties = e.quantity == null ? null : e.quantity.toView();
        this.notes = e.notes;
    }

    @Override
    @NonNull
    @Description("One printable English sentence: the title with the hedge and the period.")
    public String getSummary() {
        String hedge = switch (getModality()) {
            case STATED -> "";
            case REPORTED -> "Reported: ";
            case BELIEVED -> "Believed: ";
            case ALLEGED -> "Alleged: ";
            case PROJECTED -> "Expected: ";
        };
        return hedge + title + when(period) + ".";
    }

    @NonNull
    @Description("What kind of thing happened.")
    public EventKind getKind() {
        return kind;
    }

    @NonNull
    @Description("A short headline: 'Ukrainian incursion into Kursk Oblast'.")
    public String getTitle() {
        return title;
    }

    @NonNull
    @Description("When it happened, with its precision.")
    public Period getPeriod() {
        return period;
    }

    @Description("Losses when reported, with their uncertainty ('significant losses': only the words are known, see Quantity.words).")
    public Quantity getCasualties() {
        return casualties;
    }

    @Description("Context for readers, in the newsroom's words.")
    public String getNotes() {
        return notes;
    }
}
