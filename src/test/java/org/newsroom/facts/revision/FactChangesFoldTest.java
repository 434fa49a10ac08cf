package org.newsroom.facts.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.fact.RevisionAction;

/** Unit test of folding revisions into what changed between two versions: the first from, the last to, round trips dropped. */
class FactChangesFoldTest {

    private static Revision revision(int number, FieldChange... changes) {
        return new Revision(number, OffsetDateTime.parse("2025-05-01T10:00:00Z"), "ed", RevisionAction.CORRECTED, List.of(changes), null, null);
    }

    private static final List<Revision> HISTORY = List.of(
            revision(1, new FieldChange("headcount.value", null, "500")),
            revision(2, new FieldChange("status", "DRAFT", "PUBLISHED")),
            revision(3, new FieldChange("headcount.value", "500", "600"), new FieldChange("notes", null, "Revised.")),
            revision(4, new FieldChange("headcount.value", "600", "700"), new FieldChange("notes", "Revised.", null)),
            revision(5, new FieldChange("period.start", "2024-08-01", "2024-09-01")));

    @Test
    void aFieldChangedTwiceShowsItsPrintedAndItsCurrentValue() {
        assertEquals(List.of(new FieldChange("headcount.value", "500", "700"), new FieldChange("period.start", "2024-08-01", "2024-09-01")),
                VersionService.folded(HISTORY, 2, 5), "notes went and came back: no change");
    }

    @Test
    void onlyTheRevisionsAfterThePrintedVersionUpToTheCurrentCount() {
        assertEquals(List.of(new FieldChange("headcount.value", "600", "700"), new FieldChange("notes", "Revised.", null)),
                VersionService.folded(HISTORY, 3, 4));
        assertEquals(List.of(), VersionService.folded(HISTORY, 5, 5), "up to date: nothing changed");
        // positive control: the whole history from before the creation
        assertEquals(List.of("headcount.value", "status", "period.start"), VersionService.folded(HISTORY, 0, 5).stream().map(FieldChange::field).toList());
    }
}
