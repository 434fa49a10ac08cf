package org.newsroom.facts.embargo;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;

import org.newsroom.facts.fact.Fact;
import org.newsroom.facts.fact.FactAccess;
import org.newsroom.facts.fact.FactEntity;
import org.newsroom.facts.fact.FactPublishing;
import org.newsroom.facts.shared.ApiException;
import org.newsroom.facts.shared.BadUserInputException;
import org.newsroom.facts.shared.CurrentUser;
import org.newsroom.facts.shared.InvalidStateException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Embargoes: a chief publishes a draft now or schedules it for a time (moves it by scheduling again, or cancels it);
 * each instance's worker publishes the due ones, each exactly once across instances (the row is locked with SKIP
 * LOCKED in the transaction that publishes it). A draft changed since it was scheduled is not published: its embargo
 * lapses, and the desk shows why.
 */
@ApplicationScoped
public class EmbargoService {

    /** The name the service's own publications are recorded under. */
    static final String WORKER = "embargo";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm:ss 'UTC'", java.util.Locale.ENGLISH);

    @Inject
    EmbargoRepository repository;

    @Inject
    FactPublishing publishing;

    @Inject
    FactAccess access;

    @Inject
    EmbargoClock clock;

    @Inject
    EmbargoConfig config;

    @Inject
    CurrentUser user;

    /**
     * chief: publishes the draft now (settling an embargo it had), or at {@code at}: schedules it, or moves its
     * embargo there. The draft must be publishable now (its reviewed version, a citation).
     */
    @Transactional
    public Fact publish(String id, int expectedVersion, OffsetDateTime at) {
        user.requireChief();
        if (at == null) {
            Fact published = publishing.publish(id, expectedVersion);
            repository.settle(published.factId(), EmbargoState.PUBLISHED, "Published by " + user.name() + " before the embargo ended");
            return published;
        }
        OffsetDateTime now = clock.now();
        if (!at.isAfter(now)) {
            throw new BadUserInputException("must be in the future (to publish now, leave it out)", "at");
        }
        if (at.isAfter(now.plus(config.maxAhead()))) {
            throw new BadUserInputException("must be at most " + config.maxAhead().toDays() + " days ahead", "at");
        }
        FactEntity fact = publishing.publishable(id, expectedVersion);
        repository.schedule(fact.id, at.withOffsetSameInstant(java.time.ZoneOffset.UTC), fact.version, user.name(), user.identity(), now);
        return fact.toView();
    }

    /** chief: cancels the draft's scheduled embargo (INVALID_STATE when it has none); the fact stays a draft. */
    @Transactional
    public Fact cancel(String id) {
        user.requireChief();
        FactEntity fact = access.require(id, "id");
        if (!repository.settle(fact.id, EmbargoState.CANCELLED, "Cancelled by " + user.name())) {
            throw new InvalidStateException("This fact has no scheduled embargo", "id");
        }
        return fact.toView();
    }

    /** The embargoes of the given facts, for editors and chiefs (none for others). */
    public Map<Long, Embargo> embargoesOf(Collection<Long> factIds) {
        return user.isEditor() ? repository.findByFacts(factIds) : Map.of();
    }

    /**
     * Publishes every due embargo this instance can lock, each in a transaction of its own, acting as the service;
     * how many it settled.
     */
    @ActivateRequestContext
    public int publishDue() {
        user.actAs(WORKER, CurrentUser.CHIEF);
        int settled = 0;
        while (QuarkusTransaction.requiringNew().call(this::publishNextDue)) {
            settled++;
        }
        return settled;
    }

    /** Publishes (or lets lapse) the earliest due embargo no other instance holds; false when there is none. */
    private boolean publishNextDue() {
        OffsetDateTime now = clock.now();
        Embargo due = repository.lockNextDue(now);
        if (due == null) {
            return false;
        }
        FactEntity fact;
        try {
            fact = publishing.publishable(String.valueOf(due.factId()), due.factVersion());
        } catch (ApiException e) {
            repository.settle(due.factId(), EmbargoState.LAPSED, "Not published at " + WHEN.format(due.publishAt()) + ": " + e.getMessage());
            return true;
        }
        publishing.publishChecked(fact, now, "Published when its embargo ended (" + WHEN.format(due.publishAt()) + "), as scheduled by "
                + due.scheduledBy());
        repository.settle(due.factId(), EmbargoState.PUBLISHED, "Published at the end of the embargo");
        return true;
    }
}
