package org.newsroom.facts.embargo;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Embargoes: how far ahead a publication may be scheduled, and the worker that publishes due ones. */
@ConfigMapping(prefix = "newsroom.embargo")
public interface EmbargoConfig {

    /** The furthest ahead a publication may be scheduled. */
    @WithDefault("366d")
    Duration maxAhead();

    /** The worker of this instance. */
    Worker worker();

    /** The background worker that publishes due embargoes. */
    interface Worker {
        /** Off: this instance publishes none (another one does). */
        @WithDefault("true")
        boolean enabled();

        /** How often it looks for due embargoes: a fact is published at most this long after its time (and the time to publish it). */
        @WithDefault("250ms")
        Duration pollInterval();
    }
}
