package org.newsroom.facts.revision;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.fact.CorrectionNote;

/** What changed in a fact from one version to a later one: the fields, and the public notes that came in between. */
@Type("FactChanges")
@Description("What changed in a fact between two of its versions: what a page that printed the first must change.")
public record FactChanges(
        @NonNull @Description("The version the page printed.") int fromVersion,
        @NonNull @Description("The fact's version now.") int toVersion,
        @NonNull @Description("Each field that differs, with its value as printed (from) and now (to), by input path (headcount.value, "
                + "period.start); 'summary' and 'attribution' when their printed text differs. Empty when nothing a page shows changed.")
        List<@NonNull FieldChange> changes,
        @NonNull @Description("The public correction notes that came after the printed version, newest first: what the page should print.")
        List<@NonNull CorrectionNote> corrections) {
}
