package org.newsroom.facts.fact;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsroom.facts.shared.Text;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * The fields of a new fact that every kind has. Each kind's input adds its own, with its defaults for modality and
 * verification, and turns into its patch ({@link #toPatch}): a new fact is a patch applied to an empty draft.
 */
public abstract class FactInput<P extends FactPatch> {

    @Description("For running totals: the date the figure holds on ('nearly 15,000 so far', as of a briefing).")
    public java.time.LocalDate asOf;

    @Text(multiLine = true)
    @Size(max = 4000)
    @Description("Context for readers.")
    public String notes;

    @Size(max = 50)
    @Description("At least one citation is required to publish.")
    public List<@NonNull @Valid CitationInput> citations;

    /** How the source puts it (each kind has its default). */
    public abstract Modality modality();

    /** How far it has been checked (each kind has its default). */
    public abstract Verification verification();

    /** The kind's own fields as a patch of an empty draft. */
    protected abstract P kindPatch();

    /** All fields as a patch of an empty draft. */
    public P toPatch() {
        P patch = kindPatch();
        patch.modality = modality() == null ? Modality.STATED : modality();
        patch.asOf = asOf;
        patch.notes = notes;
        return patch;
    }
}
