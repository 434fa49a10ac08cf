package org.newsroom.facts.fact;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;

/**
 * The citations of facts loaded during this request, so that {@code citations} and {@code attribution} of the
 * same facts (a fact box asks for both) load them once. Forgotten whenever the request adds or activates one.
 */
@RequestScoped
public class CitationMemo {

    private final Map<Long, List<Citation>> byFact = new HashMap<>();

    Map<Long, List<Citation>> known() {
        return byFact;
    }

    void forget() {
        byFact.clear();
    }
}
