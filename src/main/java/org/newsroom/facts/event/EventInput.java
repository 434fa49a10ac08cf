package org.newsroom.facts.event;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsroom.facts.fact.FactInput;
import org.newsroom.facts.fact.Modality;
import org.newsroom.facts.fact.NonNegativeQuantity;
import org.newsroom.facts.fact.PeriodInput;
import org.newsroom.facts.fact.QuantityInput;
import org.newsroom.facts.fact.Verification;
import org.newsroom.facts.shared.Text;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new event as an editor enters it. */
@io.quarkus.runtime.annotations.RegisterForReflection // read by Jackson, ErrorBoundary, SourceFields (NativeReflection)
@Input("EventInput")
@Description("A new event: what happened, when (a period that runs forward), where, who took part, the losses and related facts.")
public class EventInput extends FactInput<EventPatch> {

    @NonNull
    @NotNull
    @Description("What kind of thing happened.")
    public EventKind kind;

    @Text
    @NonNull
    @NotBlank
    @Size(max = 300)
    @Description("A short headline: 'Ukrainian incursion into Kursk Oblast'.")
    public String title;

    @NonNull
    @NotNull
    @Valid
    @Description("When it happened, with its precision; it needs its start.")
    public PeriodInput period;

    @NonNull
    @NotNull
    @Size(min = 1, max = 20)
    @Description("ISO 3166-1 codes (alpha-2 or alpha-3) of the countries it happened in or involved.")
    public List<@NonNull String> countries;

    @Size(max = 20)
    @Id
    @Description("Places, in those countries.")
    public List<@NonNull String> placeIds;

    @Size(max = 20)
    @Id
    @Description("Who took part: armed forces, governments, groups (source ids).")
    public List<@NonNull String> actorIds;

    @Valid
    @NonNegativeQuantity
    @Description("Losses when reported; words alone ('significant losses') are kept as words.")
    public QuantityInput casualties;

    @Size(max = 50)
    @Id
    @Description("Facts that took part in it or followed from it.")
    public List<@NonNull String> relatedFactIds;

    @DefaultValue("STATED")
    @Description("How the sources put it; STATED when left out.")
    public Modality modality = Modality.STATED;

    @DefaultValue("UNVERIFIED")
    @Description("How far it has been checked; UNVERIFIED when left out.")
    public Verification verification = Verification.UNVERIFIED;

    @Override
    public Modality modality() {
        return modality;
    }

    @Override
    public Verification verification() {
        return verification;
    }

    @Override
    protected EventPatch kindPatch() {
        EventPatch p = new EventPatch();
        p.kind = kind;
        p.title = title;
        p.period = period;
        p.countries = countries;
        p.placeIds = placeIds;
        p.actorIds = actorIds;
        p.casualties = casualties;
        p.relatedFactIds = relatedFactIds;
        return p;
    }
}
