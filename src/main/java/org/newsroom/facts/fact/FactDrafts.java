package org.newsroom.facts.fact;

import org.newsroom.facts.shared.CurrentUser;
import org.newsroom.facts.shared.InputValidator;
import org.newsroom.facts.shared.InvalidStateException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Entering facts of every kind: a new draft, edits of drafts, and the one way a patch is applied (also by
 * corrections); each saved change is one revision in the history.
 */
@ApplicationScoped
public class FactDrafts {

    @Inject
    FactRepository facts;

    @Inject
    FactAccess access;

    @Inject
    FactCitations citations;

    @Inject
    FactSearch search;

    @Inject
    InputValidator validator;

    @Inject
    CurrentUser user;

    @Inject
    RevisionContext revision;

    /** editor, chief: a new DRAFT of the kind, with its citations. */
    @Transactional
    public <E extends FactEntity, P extends FactPatch> E create(FactKind<E, P> kind, FactInput<P> input) {
        String by = user.requireEditor();
        validator.check("input", input);
        E fact = kind.newEntity();
        fact.created(by, input.verification());
        apply(kind, fact, input.toPatch(), "input");
        declare(RevisionAction.CREATED, null);
        facts.persist(fact);
        if (input.citations != null) {
            citations.addCitations(fact, input.citations, "input.citations", by);
        }
        search.refreshSearchText(fact);
        facts.flush();
        return fact;
    }

    /**
     * editor, chief: a new fact of the kind as it would be saved, never saved (for duplicate checks): the input is
     * checked and applied to an empty draft as {@link #create} does.
     */
    public <E extends FactEntity, P extends FactPatch> E probe(FactKind<E, P> kind, FactInput<P> input) {
        user.requireEditor();
        validator.check("input", input);
        E fact = kind.newEntity();
        apply(kind, fact, input.toPatch(), "input");
        return fact;
    }

    /** editor, chief: an edit of a draft of the kind (published facts change through corrections). */
    @Transactional
    public <E extends FactEntity, P extends FactPatch> E update(FactKind<E, P> kind, String id, int expectedVersion, P patch, String note) {
        String by = user.requireEditor();
        E fact = access.require(id, "id", kind);
        validator.check("input", patch);
        checkEditableDraft(fact, expectedVersion, note);
        apply(kind, fact, patch, "input");
        saveEdit(fact, by);
        return fact;
    }

    /** Applies a patch of the fact's kind: the fields every kind has, then the kind's own, checked as a whole. */
    public <E extends FactEntity, P extends FactPatch> void apply(FactKind<E, P> kind, E fact, P patch, String field) {
        patch.applyTo(fact);
        kind.apply(fact, patch, field);
    }

    /** Declares what the change about to be made is, for the revision it will make (history). */
    public void declare(RevisionAction action, String note) {
        revision.declare(action, note);
    }

    /**
     * CONFLICT unless at the expected version, INVALID_STATE unless a draft (published facts change by
     * correction); then declares the edit and its note for the history.
     */
    public void checkEditableDraft(FactEntity fact, int expectedVersion, String note) {
        validator.text("note", note, true, 2000);
        declare(RevisionAction.EDITED, note);
        access.checkVersion(fact, expectedVersion);
        if (!fact.isDraft()) {
            throw new InvalidStateException("Only drafts can be edited; a " + fact.status
                    + " fact changes through a reviewed correction (submitCorrection)", "id");
        }
    }

    /** Stops tracking a fact, so that a patch can be tried on it without being written. */
    public void detach(FactEntity fact) {
        facts.detach(fact);
    }

    /** Saves an edit of a fact: one new version, fresh search text. */
    public void saveEdit(FactEntity fact, String by) {
        fact.touch(by);
        search.refreshSearchText(fact);
        facts.flush();
    }
}
