package org.newsroom.facts.fact;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.newsroom.facts.shared.BadUserInputException;
import org.newsroom.facts.shared.ConflictException;
import org.newsroom.facts.shared.CurrentUser;
import org.newsroom.facts.shared.ForbiddenException;
import org.newsroom.facts.shared.Ids;
import org.newsroom.facts.shared.NotFoundException;
import org.newsroom.facts.shared.RequestGuard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Who sees which facts (readers: published and retracted ones; editors and chiefs: drafts too), and lookup by id. */
@ApplicationScoped
public class FactAccess {

    @Inject
    FactRepository facts;

    @Inject
    CurrentUser user;

    /** True when the caller may see drafts. */
    public boolean seesDrafts() {
        return user.isEditor();
    }

    /** Fails unless the caller may see drafts (editors and chiefs). */
    public void requireDraftReader() {
        user.requireEditor();
    }

    /**
     * Narrows a query to what the caller may see: the asked status (readers may only ask for PUBLISHED or
     * RETRACTED: FORBIDDEN otherwise) and the period [from, to] (BAD_USER_INPUT when from is after to).
     *
     * @param field the input path of the filter, e.g. {@code filter}
     */
    public FactQuery scope(FactQuery query, PublicationStatus status, LocalDate from, LocalDate to, String field) {
        boolean drafts = seesDrafts();
        if (status == PublicationStatus.DRAFT && !drafts) {
            throw new ForbiddenException("Only editors and chiefs may list drafts", field + ".status");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadUserInputException("must not be before from", field + ".to");
        }
        return query.status(status, drafts).overlapping(from, to);
    }

    /** True when any fact is stored, of any kind and state. */
    public boolean anyStored() {
        return facts.count() > 0;
    }

    /**
     * The facts of the given ids the caller may see, in one statement. The answer depends on every one of them, also on
     * those the caller cannot see yet (a list by reference, such as an event's related facts, gains a draft when it is
     * published): each is a cache tag.
     */
    public Map<Long, Fact> byIds(Collection<Long> ids) {
        ids.forEach(id -> RequestGuard.depends("f:" + id));
        Map<Long, Fact> result = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            boolean drafts = seesDrafts();
            facts.list("id in ?1", ids).stream().filter(f -> drafts || !f.isDraft()).forEach(f -> result.put(f.id, f.toView()));
        }
        return result;
    }

    /** The fact of that id if the caller may see it, else null. */
    public Fact find(String id) {
        FactEntity e = visible(Ids.parse(id));
        return e == null ? null : e.toView();
    }

    /** The fact of that id if it is of the view type and the caller may see it, else null. */
    public <V extends Fact> V find(String id, Class<V> view) {
        Fact f = find(id);
        return view.isInstance(f) ? view.cast(f) : null;
    }

    /**
     * The fact of that id for a change by the caller, locked until the transaction ends; NOT_FOUND (on the field)
     * when the caller cannot see it.
     */
    public FactEntity require(String id, String field) {
        Long key = Ids.parse(id);
        FactEntity e = key == null ? null : facts.findByIdForUpdate(key);
        if (e == null || (e.isDraft() && !seesDrafts())) {
            throw new NotFoundException("no fact has the id " + id, field);
        }
        return e;
    }

    /** The fact of that id and kind for a change by the caller, locked; NOT_FOUND when there is none of that kind. */
    public <E extends FactEntity> E require(String id, String field, FactKind<E, ?> kind) {
        FactEntity e = require(id, field);
        if (!kind.entityType().isInstance(e)) {
            throw new NotFoundException("no " + kind.name() + " has the id " + id, field);
        }
        return kind.entityType().cast(e);
    }

    /** CONFLICT unless the fact is at the expected version. */
    public void checkVersion(FactEntity fact, int expectedVersion) {
        if (fact.version != expectedVersion) {
            throw new ConflictException("The fact is at version " + fact.version + ", not " + expectedVersion
                    + ": someone else changed it first", "expectedVersion");
        }
    }

    private FactEntity visible(Long id) {
        if (id == null) {
            return null;
        }
        RequestGuard.depends("f:" + id); // also when there is none to see yet: a draft may be published
        FactEntity e = facts.findById(id);
        if (e == null || (e.isDraft() && !seesDrafts())) {
            return null;
        }
        return e;
    }
}
