package org.newsroom.facts.correction;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import org.newsroom.facts.fact.Citation;
import org.newsroom.facts.fact.Fact;
import org.newsroom.facts.fact.FactAccess;
import org.newsroom.facts.fact.FactCitations;
import org.newsroom.facts.fact.FactDrafts;
import org.newsroom.facts.fact.FactEntity;
import org.newsroom.facts.fact.FactKind;
import org.newsroom.facts.fact.FactKinds;
import org.newsroom.facts.fact.FactPatch;
import org.newsroom.facts.fact.FactPublishing;
import org.newsroom.facts.fact.PublicationStatus;
import org.newsroom.facts.fact.RevisionAction;
import org.newsroom.facts.shared.BadUserInputException;
import org.newsroom.facts.shared.ConflictException;
import org.newsroom.facts.shared.CurrentUser;
import org.newsroom.facts.shared.ForbiddenException;
import org.newsroom.facts.shared.Ids;
import org.newsroom.facts.shared.InputValidator;
import org.newsroom.facts.shared.InvalidStateException;
import org.newsroom.facts.shared.NotFoundException;
import org.newsroom.facts.shared.Page;
import org.newsroom.facts.shared.PageArgs;
import org.newsroom.facts.shared.Times;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Corrections of published facts with four-eyes review. A correction is checked in full when it is submitted
 * (the patch is tried on a detached copy of the fact). Stale rule: a correction records the fact's version it
 * was written against, and approving it when the fact has changed since is CONFLICT; the editor submits a new
 * correction against the current version, so no change is ever overwritten blindly.
 */
@ApplicationScoped
public class CorrectionService {

    private static final String CURSOR = "corrections";

    @Inject
    CorrectionRepository repository;

    @Inject
    FactAccess access;

    @Inject
    FactDrafts drafts;

    @Inject
    FactCitations citations;

    @Inject
    FactPublishing publishing;

    @Inject
    FactKinds kinds;

    @Inject
    InputValidator validator;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    @Inject
    CorrectionViews views;

    @Transactional
    public Correction submit(CorrectionInput input) {
        String by = user.requireEditor();
        validator.check("input", input);
        FactEntity fact = access.require(input.factId, "input.factId");
        if (fact.status != PublicationStatus.PUBLISHED) {
            throw new InvalidStateException("Only published facts are corrected; a " + fact.status
                    + (fact.isDraft() ? " fact is edited directly (update" + capitalized(kinds.of(fact).name()) + ")" : " fact stays as it is"),
                    "input.factId");
        }
        FactPatch patch = kinds.patchFor(fact, input.patches(), "input");
        if (patch == null && input.verification == null) {
            throw new BadUserInputException("a correction changes the fact's fields or its verification: give "
                    + kinds.of(fact).name() + " or verification", "input");
        }
        CorrectionEntity c = new CorrectionEntity();
        c.factId = fact.id;
        c.factVersion = fact.version;
        c.status = CorrectionStatus.PENDING;
        c.reason = input.reason.trim();
        c.publicNote = input.publicNote.trim();
        c.verification = input.verification;
        c.patch = patch == null ? null : write(patch);
        c.submittedBy = by;
        c.submittedById = user.identity();
        c.submittedAt = Times.now();
        c.version = 1;
        // read while attached: the fields' collections load now, and stay loaded on the detached copy
        Map<String, String> before = fact.historyFields(List.copyOf(fact.placeIds()));
        drafts.detach(fact);
        apply(fact, patch, "input");
        if (input.verification != null) {
            fact.verification = input.verification;
        }
        c.changes = views.stored(CorrectionViews.diff(before, fact.historyFields(List.copyOf(fact.placeIds()))));
        c.currentFactVersion = fact.version;
        if (input.evidence != null) {
            c.evidenceId = Long.valueOf(citations.addEvidence(fact, input.evidence, "input.evidence", by).id());
        }
        repository.persist(c);
        repository.flush();
        return views.of(c);
    }

    @Transactional
    public Correction review(String id, ReviewDecision decision, String note) {
        String by = user.requireChief();
        validator.text("note", note, true, 2000);
        Long key = Ids.parse(id);
        CorrectionEntity c = key == null ? null : repository.findByIdForUpdate(key);
        if (c == null) {
            throw new NotFoundException("no correction has the id " + id, "id");
        }
        String reviewer = user.identity();
        if (views.isOwn(c)) {
            throw new ForbiddenException("A correction is reviewed by a chief other than its author", "id");
        }
        if (c.status != CorrectionStatus.PENDING) {
            throw new InvalidStateException("This correction was " + c.status + " already", "id");
        }
        if (decision == ReviewDecision.APPROVE) {
            approve(c, by);
        }
        c.status = decision == ReviewDecision.APPROVE ? CorrectionStatus.APPROVED : CorrectionStatus.REJECTED;
        c.reviewedBy = by;
        c.reviewedById = reviewer;
        c.reviewedAt = Times.now();
        c.reviewNote = note == null || note.isBlank() ? null : note.trim();
        repository.flush();
        return views.of(c);
    }

    /** Applies the correction to its fact: patch, verification, evidence, public note and one new version. */
    private void approve(CorrectionEntity c, String by) {
        FactEntity fact = access.require(String.valueOf(c.factId), "id");
        if (!fact.version.equals(c.factVersion)) {
            throw new ConflictException("The fact changed since this correction was submitted (version " + c.factVersion
                    + ", now " + fact.version + "): submit a new correction against the current version", "id");
        }
        if (fact.status != PublicationStatus.PUBLISHED) {
            throw new InvalidStateException("The fact is " + fact.status + ", not PUBLISHED", "id");
        }
        drafts.declare(RevisionAction.CORRECTED, c.publicNote);
        // errors name the correction's own fields (correction.statistic.baseline): reviewCorrection has no input
        apply(fact, c.patch == null ? null : read(fact, c.patch), "correction");
        if (c.verification != null) {
            fact.verification = c.verification;
        }
        if (c.evidenceId != null) {
            citations.activate(c.evidenceId);
        }
        publishing.addNote(fact, c.publicNote);
        drafts.saveEdit(fact, by);
        c.currentFactVersion = fact.version;
    }

    public CorrectionConnection page(CorrectionStatus status, CorrectionOrder order, Integer first, String after, boolean mine) {
        user.requireEditor();
        String author = mine ? user.identity() : null;
        boolean oldestFirst = order == CorrectionOrder.OLDEST_FIRST;
        // a cursor belongs to its order: one of the other order is refused as not a cursor of this list
        String kind = oldestFirst ? CURSOR + "-oldest" : CURSOR;
        PageArgs args = PageArgs.of(first, after, 20, kind, 2);
        PageArgs.TimeKeyset keyset = args.timeKeyset();
        List<CorrectionEntity> rows = oldestFirst
                ? repository.findPageOldestFirst(status, author, keyset == null ? null : keyset.at(), keyset == null ? null : keyset.id(), args.first() + 1)
                : repository.findPageNewestFirst(status, author, keyset == null ? null : keyset.at(), keyset == null ? null : keyset.id(), args.first() + 1);
        IntSupplier total = () -> (int) repository.countWith(status, author);
        Page<Correction> page = Page.of(rows, args, c -> PageArgs.cursor(kind, c.submittedAt.toString(), String.valueOf(c.id)), total)
                .map(views::of);
        return new CorrectionConnection(page);
    }

    /** The corrections of the given ids, for editors and chiefs (none for others), in one statement. */
    public Map<Long, Correction> visibleByIds(Collection<Long> ids) {
        if (ids.isEmpty() || !user.isEditor()) {
            return Map.of();
        }
        Map<Long, Correction> out = new java.util.LinkedHashMap<>();
        repository.list("id in ?1", ids).forEach(c -> out.put(c.id, views.of(c)));
        return out;
    }

    /** The facts of corrections, by fact id, for batches. */
    public Map<Long, Fact> factsOf(Collection<Long> factIds) {
        return access.byIds(factIds);
    }

    /** The evidence citations of corrections, by citation id, for batches. */
    public Map<Long, Citation> evidenceOf(Collection<Long> citationIds) {
        return citations.citationsByIds(citationIds);
    }

    /** Applies a patch of the fact's kind (none: nothing to apply); errors name {@code field.<kind>}. */
    private void apply(FactEntity fact, FactPatch patch, String field) {
        if (patch != null) {
            FactKind<FactEntity, FactPatch> kind = kinds.of(fact);
            drafts.apply(kind, fact, patch, field + "." + kind.name());
        }
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String write(Object patch) {
        try {
            return json.writeValueAsString(patch);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not store the correction's patch", e);
        }
    }

    private FactPatch read(FactEntity fact, String patch) {
        try {
            return json.readValue(patch, kinds.of(fact).patchType());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not read the correction's patch", e);
        }
    }
}
