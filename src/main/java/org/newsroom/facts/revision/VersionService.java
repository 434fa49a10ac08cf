package org.newsroom.facts.revision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.newsroom.facts.fact.CorrectionNote;
import org.newsroom.facts.fact.FactVersions;
import org.newsroom.facts.fact.PublicationStatus;
import org.newsroom.facts.shared.BadUserInputException;
import org.newsroom.facts.shared.CurrentUser;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Versions as printed: a fact as it read at a past version (readers see the versions that were public, editors and
 * chiefs every one), and what changed from a version a page printed to the fact's version now.
 */
@ApplicationScoped
public class VersionService {

    /** The highest version that can be asked for (a fact gets one per saved change). */
    static final int MAX_VERSION = 1_000_000;

    @Inject
    FactVersions versions;

    @Inject
    HistoryService history;

    @Inject
    CurrentUser user;

    /**
     * Each of the (visible) facts at the version, or none where it has no such version or the caller may not see it
     * (readers see only versions that were published or retracted).
     */
    public Map<Long, FactVersion> asOf(Collection<Long> factIds, int version) {
        if (version < 1 || version > MAX_VERSION) {
            throw new BadUserInputException("must be a version from 1 to " + MAX_VERSION, "version");
        }
        boolean everyVersion = user.isEditor();
        Map<Long, FactVersion> result = new LinkedHashMap<>();
        versions.at(factIds.stream().map(id -> new FactVersions.Key(id, version)).toList()).forEach((key, past) -> {
            if (everyVersion || past.fact().status != PublicationStatus.DRAFT) {
                result.put(key.factId(), FactVersion.of(past));
            }
        });
        return result;
    }

    /** The given versions (pages' printed ones: never drafts), for whoever sees the pages. */
    public Map<FactVersions.Key, FactVersion> printed(Collection<FactVersions.Key> keys) {
        Map<FactVersions.Key, FactVersion> result = new LinkedHashMap<>();
        versions.at(keys).forEach((key, past) -> result.put(key, FactVersion.of(past)));
        return result;
    }

    /**
     * What changed in each fact from the given (printed) version to its version now: the fields, the summary and the
     * attribution as printed and now, and the public notes in between; for whoever sees the pages.
     */
    public Map<FactVersions.Key, FactChanges> changesSince(Collection<FactVersions.Key> keys) {
        Map<FactVersions.Key, FactVersions.Past> printed = versions.at(keys);
        List<FactVersions.Key> nowKeys = printed.values().stream().map(p -> new FactVersions.Key(p.fact().id, p.currentVersion())).distinct().toList();
        Map<FactVersions.Key, FactVersions.Past> now = versions.at(nowKeys);
        Map<Long, List<Revision>> revisions = history.revisionsOf(printed.keySet().stream().map(FactVersions.Key::factId).distinct().toList());
        Map<FactVersions.Span, List<CorrectionNote>> notes = versions.notesIn(printed.values().stream()
                .map(p -> new FactVersions.Span(p.fact().id, p.fact().version, p.currentVersion())).distinct().toList());
        Map<FactVersions.Key, FactChanges> result = new LinkedHashMap<>();
        printed.forEach((key, then) -> {
            FactVersions.Past current = now.get(new FactVersions.Key(key.factId(), then.currentVersion()));
            List<FieldChange> changes = new ArrayList<>();
            if (current != null) {
                changed(changes, "summary", then.view().getSummary(), current.view().getSummary());
                changed(changes, "attribution", then.attribution(), current.attribution());
            }
            changes.addAll(folded(revisions.getOrDefault(key.factId(), List.of()), key.version(), then.currentVersion()));
            result.put(key, new FactChanges(key.version(), then.currentVersion(), changes,
                    notes.get(new FactVersions.Span(key.factId(), key.version(), then.currentVersion()))));
        });
        return result;
    }

    /**
     * The net change of each field over the revisions after version {@code from} up to {@code to}: its value before
     * the first of them that changed it and after the last; fields that ended as they were are left out. In the
     * order the fields first changed.
     */
    static List<FieldChange> folded(List<Revision> revisions, int from, int to) {
        Map<String, String[]> net = new LinkedHashMap<>();
        for (Revision r : revisions) {
            if (r.number() > from && r.number() <= to) {
                for (FieldChange c : r.changes()) {
                    net.computeIfAbsent(c.field(), f -> new String[] { c.from(), null })[1] = c.to();
                }
            }
        }
        List<FieldChange> result = new ArrayList<>();
        net.forEach((field, values) -> changed(result, field, values[0], values[1]));
        return result;
    }

    private static void changed(List<FieldChange> changes, String field, String from, String to) {
        if (!Objects.equals(from, to)) {
            changes.add(new FieldChange(field, from, to));
        }
    }
}
