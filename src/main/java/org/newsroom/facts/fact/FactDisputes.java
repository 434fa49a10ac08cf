package org.newsroom.facts.fact;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.newsroom.facts.shared.CurrentUser;
import org.newsroom.facts.shared.InputValidator;
import org.newsroom.facts.shared.Times;
import org.newsroom.facts.source.Source;
import org.newsroom.facts.source.SourceService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Named parties contesting facts: recording a dispute (the fact becomes DISPUTED) and reading them in batches. */
@ApplicationScoped
public class FactDisputes {

    @Inject
    DisputeRepository disputes;

    @Inject
    SourceService sources;

    @Inject
    FactAccess access;

    @Inject
    FactDrafts drafts;

    @Inject
    InputValidator validator;

    @Inject
    CurrentUser user;

    @Transactional
    public Fact addDispute(String factId, DisputeInput input) {
        String by = user.requireEditor();
        FactEntity fact = access.require(factId, "factId");
        validator.check("input", input);
        DisputeEntity d = new DisputeEntity();
        d.factId = fact.id;
        d.sourceId = Long.valueOf(sources.require(input.sourceId, "input.sourceId").id());
        d.statement = input.statement.trim();
        d.statedOn = input.on;
        d.createdAt = Times.now();
        d.createdBy = by;
        drafts.declare(RevisionAction.EDITED, "Disputed by " + sources.find(input.sourceId).name() + ": " + d.statement);
        disputes.persist(d);
        fact.verification = Verification.DISPUTED;
        drafts.saveEdit(fact, by);
        return fact.toView();
    }

    /** The disputes of each fact, in two statements whatever the number of facts. */
    public Map<Long, List<Dispute>> disputesOf(Collection<Long> factIds) {
        List<DisputeEntity> rows = disputes.findByFacts(factIds);
        Map<Long, Source> byId = sources.byIds(rows.stream().map(d -> d.sourceId).collect(Collectors.toSet()));
        Map<Long, List<Dispute>> result = Batched.emptyLists(factIds);
        for (DisputeEntity d : rows) {
            result.get(d.factId).add(new Dispute(byId.get(d.sourceId), d.statement, d.statedOn));
        }
        return result;
    }
}
