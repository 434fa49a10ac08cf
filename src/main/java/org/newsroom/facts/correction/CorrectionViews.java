package org.newsroom.facts.correction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.newsroom.facts.revision.FieldChange;
import org.newsroom.facts.shared.CurrentUser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Stored corrections as the caller sees them: the change recorded at submission, whether the fact has moved on
 * (stale), and whether this caller may review it — the four-eyes rule in one place.
 */
@ApplicationScoped
public class CorrectionViews {

    private static final TypeReference<List<Map<String, String>>> CHANGES = new TypeReference<>() {
    };

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    public Correction of(CorrectionEntity c) {
        String refusal = refusal(c);
        boolean canReview = c.status == CorrectionStatus.PENDING && user.isChief() && !isOwn(c);
        return new Correction(String.valueOf(c.id), c.factId, c.status, c.reason, c.publicNote, c.evidenceId, c.submittedBy,
                c.submittedAt, c.reviewedBy, c.reviewedAt, c.reviewNote, c.factVersion, changes(c), c.stale(), refusal == null,
                canReview, refusal);
    }

    /** True when the caller wrote the correction: same token issuer and subject (the name, for old rows without them). */
    public boolean isOwn(CorrectionEntity c) {
        return c.submittedById != null ? c.submittedById.equals(user.identity()) : c.submittedBy.equals(user.name());
    }

    /** Why the caller may not approve the correction now; null when they may. */
    private String refusal(CorrectionEntity c) {
        if (c.status != CorrectionStatus.PENDING) {
            return "This correction was " + c.status.name().toLowerCase() + " already.";
        }
        if (!user.isChief()) {
            return "Only a chief approves or rejects corrections.";
        }
        if (isOwn(c)) {
            return "You wrote this correction: another chief must review it (four-eyes rule).";
        }
        if (c.stale()) {
            return "The fact changed since this correction was written (version " + c.factVersion + ", now "
                    + c.currentFactVersion + "): it can no longer be approved. Reject it and propose it again.";
        }
        return null;
    }

    /** The fields whose values differ between two states of a fact ({@code FactEntity.historyFields}). */
    public static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((field, to) -> {
            String from = before.get(field);
            if (!Objects.equals(from, to)) {
                changes.add(new FieldChange(field, from, to));
            }
        });
        return changes;
    }

    /** The changes in the form they are stored in ({@code correction.changes}). */
    public String stored(List<FieldChange> changes) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (FieldChange change : changes) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("field", change.field());
            row.put("from", change.from());
            row.put("to", change.to());
            rows.add(row);
        }
        try {
            return json.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not store the correction's changes", e);
        }
    }

    private List<FieldChange> changes(CorrectionEntity c) {
        if (c.changes == null) {
            return List.of();
        }
        try {
            return json.readValue(c.changes, CHANGES).stream().map(r -> new FieldChange(r.get("field"), r.get("from"), r.get("to"))).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not read the correction's changes", e);
        }
    }
}
