package org.newsroom.facts.shared;

/**
 * A feature's part of the lean read path: it registers the plain data fetchers of the batched and computed fields
 * it adds to the types readers query (one bean per feature; delivery/LeanReadPath collects them).
 */
public interface ReadFields {

    /** Registers this feature's fetchers. */
    void register(LeanFields fields);
}
