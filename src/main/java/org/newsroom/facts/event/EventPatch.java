package org.newsroom.facts.event;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsroom.facts.fact.FactPatch;
import org.newsroom.facts.fact.NonNegativeQuantity;
import org.newsroom.facts.fact.PeriodInput;
import org.newsroom.facts.fact.QuantityInput;
import org.newsroom.facts.shared.Text;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** Changes to an event; a field left out (or null) stays as it is, a list given replaces the list. */
@io.quarkus.runtime.annotations.RegisterForReflection // read by Jackson, ErrorBoundary, SourceFields (NativeReflection)
@Input("EventPatch")
@Description("Fields to change in an event; a field left out stays as it is, a list given replaces it.")
public class EventPatch extends FactPatch {

    @Description("What kind of thing happened.")
    public EventKind kind;

    @Text
    @Size(max = 300)
    @Description("A short headline.")
    public String title;

    @Valid
    @Description("When it happened; it needs its start.")
    public PeriodInput period;

    @Size(max = 20)
    @Description("ISO 3166-1 codes of the countries; replaces the list.")
    public List<@NonNull String> countries;

    @Size(max = 20)
    @Id
    @Description("Places, in those countries; replaces the list.")
    public List<@NonNull String> placeIds;

    @Size(max = 20)
    @Id
    @Description("Who took part (source ids); replaces the list.")
    public List<@NonNull String> actorIds;

    @Valid
    @NonNegativeQuantity
    @Description("Losses when reported; words alone ('significant losses') are kept as words.")
    public QuantityInput casualties;

    @Size(max = 50)
    @Id
    @Description("Facts that took part in it or followed from it; replaces the list.")
    public List<@NonNull String> relatedFactIds;
}
