package org.newsroom.facts.fact;

import org.eclipse.microprofile.graphql.Description;
import org.newsroom.facts.shared.Text;

import jakarta.validation.constraints.Size;

/** The fields of a patch that every kind of fact has; a field left out (or null) stays as it is. */
public abstract class FactPatch {

    @Description("How the source puts it.")
    public Modality modality;

    @Description("For running totals: the date the figure holds on.")
    public java.time.LocalDate asOf;

    @Text(multiLine = true)
    @Size(max = 4000)
    @Description("Context for readers; an empty string clears it.")
    public String notes;

    /** Applies these common fields to a fact. */
    public void applyTo(FactEntity fact) {
        if (modality != null) {
            fact.modality = modality;
        }
        if (asOf != null) {
            fact.asOf = asOf;
        }
        if (notes != null) {
            fact.notes = notes.isBlank() ? null : notes.trim();
        }
    }
}
