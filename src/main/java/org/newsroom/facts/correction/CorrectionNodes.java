package org.newsroom.facts.correction;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsroom.facts.shared.NumericNodeKind;

/** Corrections as Relay nodes: editors and chiefs see them (as the corrections list); for others there are none. */
@ApplicationScoped
public class CorrectionNodes extends NumericNodeKind<Correction> {

    @Inject
    CorrectionService corrections;

    public CorrectionNodes() {
        super("Correction", Correction.class, Correction::id);
    }

    @Override
    protected Map<Long, Correction> visibleByIds(List<Long> ids) {
        return corrections.visibleByIds(ids);
    }
}
