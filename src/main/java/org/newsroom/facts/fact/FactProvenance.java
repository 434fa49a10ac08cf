package org.newsroom.facts.fact;

import java.util.List;
import java.util.Map;

import org.newsroom.facts.shared.CurrentUser;
import org.newsroom.facts.shared.SourceRenamed;
import org.newsroom.facts.source.Source;
import org.newsroom.facts.source.SourceInput;
import org.newsroom.facts.source.SourceService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * What a published fact prints of its sources never changes silently: a renamed source (its name is printed in the
 * attribution of the facts citing it, as source, via or in a chain, and in the summary of a claim it made) gives each
 * of those published facts a new version in the same transaction — a revision in its history with the rename as
 * its note, an entry in {@code changes}, a {@code factChanged} CORRECTED event — and an editor can ask first which
 * facts a change would touch.
 */
@ApplicationScoped
public class FactProvenance {

    @Inject
    FactRepository facts;

    @Inject
    FactAccess access;

    @Inject
    FactDrafts drafts;

    @Inject
    SourceService sources;

    @Inject
    CurrentUser user;

    /** The dry run: the published facts whose printed text a change of the source would alter (editors and chiefs). */
    public List<Fact> affectedBySourceChange(String sourceId, SourceInput input) {
        user.requireEditor();
        Source current = sources.require(sourceId, "id");
        if (input.name == null || input.name.trim().equals(current.name())) {
            return List.of(); // only the name is printed: the kind, country, url and description are not
        }
        List<Long> ids = facts.findPublishedPrinting(Long.parseLong(current.id()));
        Map<Long, Fact> byId = access.byIds(ids);
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Records a rename on every published fact that prints the source, in the renaming transaction. */
    void onSourceRenamed(@Observes SourceRenamed renamed) {
        List<Long> ids = facts.findPublishedPrinting(renamed.sourceId());
        if (ids.isEmpty()) {
            return;
        }
        String by = user.name();
        drafts.declare(RevisionAction.EDITED, "Source renamed from '" + renamed.oldName() + "' to '" + renamed.newName()
                + "': the attribution or summary prints the new name");
        for (Long id : ids) {
            drafts.saveEdit(facts.findByIdForUpdate(id), by); // loaded after the rename: a claimant's name is the new one
        }
    }
}
