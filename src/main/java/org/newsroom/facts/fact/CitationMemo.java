package org.newsroom.facts.fact;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;

/**
 * The citations of facts loaded during this request, so that {@code citations} and {@code attribution} of the
 * same facts (a fact box asks for both) load them once. Readers' entries are kept per fact and version (a
 * subscription's events share one request context: a new version of a fact — a correction, a renamed source — is
 * loaded again), and the details of citations read so far; forgotten whenever the request adds or activates a citation.
 */
@RequestScoped
public class CitationMemo {

    private final Map<Object, List<Citation>> byFact = new HashMap<>();
    private final Map<Long, CitationDetails> details = new HashMap<>();

    Map<Object, List<Citation>> known() {
        return byFact;
    }

    /** The details of citations read so far, by citation id (the six fields that show them share one read). */
    Map<Long, CitationDetails> details() {
        return details;
    }

    void forget() {
        byFact.clear();
        details.clear();
    }
}
