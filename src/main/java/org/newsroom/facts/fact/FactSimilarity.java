package org.newsroom.facts.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsroom.facts.shared.BadUserInputException;

/**
 * Duplicate checks before a fact is saved: the existing facts of the same kind a new one would repeat — same
 * countries, overlapping period, the figure within {@link #TOLERANCE} (a claim: a similar statement by any claimant).
 */
@ApplicationScoped
public class FactSimilarity {

    /** How far apart two figures may be and still be the same figure: 10 % of the larger. */
    static final double TOLERANCE = 0.10;

    /** At most this many candidates are answered. */
    static final int MAX = 20;

    @Inject
    FactDrafts drafts;

    @Inject
    FactRepository facts;

    @Inject
    FactKinds kinds;

    /**
     * editor, chief: the facts a new fact of the kind, entered as {@code input}, would repeat; most alike first,
     * drafts and published facts (retracted ones are no longer facts). Nothing is written: the input is applied to
     * a draft that is never saved.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public <E extends FactEntity, P extends FactPatch> List<SimilarFact> similar(FactKind<E, P> kind, FactInput<P> input, Integer first) {
        int limit = first == null ? 5 : first;
        if (limit < 0 || limit > MAX) {
            throw new BadUserInputException("must be between 0 and " + MAX, "first");
        }
        E probe = drafts.probe(kind, input);
        List<String> keys = kind.whereKeys(probe);
        String statement = kind.statement(probe);
        QuantityValue figure = probe.quantity != null && !probe.quantity.wordsOnly() ? probe.quantity : null;
        PeriodValue period = probe.period != null && !probe.period.isEmpty() ? probe.period : null;
        List<Long> ids = facts.findSimilar(kind.discriminator(), kind.whereKeysSql(), keys,
                period == null ? null : period.start, period == null ? null : period.end,
                figure == null ? null : figure.central(), TOLERANCE, statement, limit);
        Map<Long, FactEntity> byId = facts.byIds(ids);
        List<SimilarFact> out = new ArrayList<>();
        for (Long id : ids) {
            @SuppressWarnings("unchecked")
            E found = (E) byId.get(id);
            if (found == null) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            if (!keys.isEmpty()) {
                reasons.add("same countries");
            }
            if (period != null && found.period != null && !found.period.isEmpty()) {
                reasons.add("overlapping period");
            }
            if (figure != null && found.quantity != null && !found.quantity.wordsOnly()) {
                reasons.add("figure within 10 %");
            }
            if (statement != null) {
                reasons.add("similar statement");
            }
            reasons.addAll(kind.alike(probe, found));
            out.add(new SimilarFact(found.toView(), reasons));
        }
        return out;
    }
}
