package org.newsroom.facts.revision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.fact.CorrectionNote;
import org.newsroom.facts.fact.FactEntity;
import org.newsroom.facts.fact.FactVersions;
import org.newsroom.facts.fact.Modality;
import org.newsroom.facts.fact.Period;
import org.newsroom.facts.fact.PublicationStatus;
import org.newsroom.facts.fact.Quantity;
import org.newsroom.facts.fact.Verification;

/** A fact as it read at one of its versions, rebuilt from the audit history (what a page printed then). */
@Type("FactVersion")
@Description("A fact exactly as it read at one of its versions, rebuilt from its history: what a page that printed that "
        + "version showed. Sources are named as they were named then.")
public record FactVersion(
        @Ignore long factId,
        @NonNull @Description("The version: 1 for the creation, one more for every saved change.") int version,
        @NonNull @Description("True when this is still the fact's version now.") boolean current,
        @NonNull @Description("When this version was saved.") OffsetDateTime savedAt,
        @NonNull @Description("Where the fact stood in the editorial workflow then.") PublicationStatus status,
        @NonNull @Description("How far it had been checked then.") Verification verification,
        @NonNull @Description("How the source put it then.") Modality modality,
        @Description("The date the figure held on, for running totals.") LocalDate asOf,
        @NonNull @Description("The printable sentence as it read then.") String summary,
        @NonNull @Description("The attribution as it read then: 'according to …'.") String attribution,
        @NonNull @Description("The citations that counted then, in the order they were added, their sources named as then.")
        List<@NonNull CitationAsPrinted> citations,
        @Description("The fact's figure then (a deployment's headcount, a statistic's value); null when it had none.") Quantity figure,
        @Description("The fact's period then.") Period period,
        @Description("Context for readers, as it read then.") String notes,
        @NonNull @Description("The public correction notes up to this version, newest first.") List<@NonNull CorrectionNote> corrections) {

    /** The version's view from what the history holds of it. */
    static FactVersion of(FactVersions.Past past) {
        FactEntity f = past.fact();
        return new FactVersion(f.id, f.version, f.version == past.currentVersion(), past.savedAt(), f.status, f.verification, f.modality,
                f.asOf, past.view().getSummary(), past.attribution(), past.citations().stream().map(CitationAsPrinted::of).toList(), f.quantity == null ? null : f.quantity.toView(),
                f.period == null ? null : f.period.toView(), f.notes, past.notes());
    }
}
