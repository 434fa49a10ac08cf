package org.newsroom.facts.fact;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.newsroom.facts.shared.BadUserInputException;
import org.newsroom.facts.shared.CurrentUser;
import org.newsroom.facts.shared.InputValidator;
import org.newsroom.facts.shared.InvalidStateException;
import org.newsroom.facts.shared.Times;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Publishing and retraction by chiefs, and the public correction notes printed under a fact. */
@ApplicationScoped
public class FactPublishing {

    @Inject
    FactRepository facts;

    @Inject
    FactAccess access;

    @Inject
    FactDrafts drafts;

    @Inject
    FactCitations citations;

    @Inject
    FactKinds kinds;

    @Inject
    CorrectionNoteRepository notes;

    @Inject
    CitationReadRepository reads;

    @Inject
    InputValidator validator;

    @Inject
    CurrentUser user;

    @Transactional
    public Fact publish(String id, int expectedVersion) {
        user.requireChief();
        return publishChecked(publishable(id, expectedVersion), Times.now(), null);
    }

    /**
     * The draft a chief may publish (or schedule): at the version reviewed (CONFLICT), a draft with at least one
     * citation (INVALID_STATE); NOT_FOUND for an unknown id.
     */
    public FactEntity publishable(String id, int expectedVersion) {
        FactEntity fact = access.require(id, "id");
        access.checkVersion(fact, expectedVersion);
        if (!fact.isDraft()) {
            throw new InvalidStateException("Only drafts can be published; this fact is " + fact.status, "id");
        }
        if (citations.countActive(fact.id) == 0) {
            throw new InvalidStateException("A fact needs at least one citation to be published", "id");
        }
        return fact;
    }

    /**
     * Publishes a draft {@link #publishable} found publishable, in the caller's transaction, as the current user (a
     * chief, or the service lifting an embargo).
     *
     * @param at its publication time, @param note the revision's note (why now), or null
     */
    public Fact publishChecked(FactEntity fact, java.time.OffsetDateTime at, String note) {
        String by = user.name();
        drafts.declare(RevisionAction.PUBLISHED, note);
        fact.status = PublicationStatus.PUBLISHED;
        fact.publishedAt = at;
        kinds.of(fact).published(fact, by);
        fact.touch(by);
        facts.flush();
        return fact.toView();
    }

    @Transactional
    public Fact retract(String id, int expectedVersion, String reason) {
        String by = user.requireChief();
        FactEntity fact = access.require(id, "id");
        if (reason == null || reason.isBlank()) {
            throw new BadUserInputException("must not be blank: it is printed as the correction note", "reason");
        }
        validator.text("reason", reason, true, 2000);
        access.checkVersion(fact, expectedVersion);
        if (fact.status != PublicationStatus.PUBLISHED) {
            throw new InvalidStateException("Only published facts can be retracted; this fact is " + fact.status, "id");
        }
        drafts.declare(RevisionAction.RETRACTED, reason);
        fact.status = PublicationStatus.RETRACTED;
        fact.touch(by);
        addNote(fact, reason);
        facts.flush();
        return fact.toView();
    }

    /** Adds a public correction note to a fact. */
    public void addNote(FactEntity fact, String text) {
        CorrectionNoteEntity note = new CorrectionNoteEntity();
        note.factId = fact.id;
        note.correctedAt = Times.now();
        note.text = text.trim();
        notes.persist(note);
    }

    /** The public correction notes of each fact, newest first, in one statement (readers' JDBC). */
    public Map<Long, List<CorrectionNote>> notesOf(Collection<Long> factIds) {
        Map<Long, List<CorrectionNote>> result = Batched.emptyLists(factIds);
        reads.findNotesNewestFirst(factIds).forEach(n -> result.get(n.factId()).add(n.note()));
        return result;
    }
}
