package org.newsroom.facts.webhook;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How webhooks are delivered: which targets are allowed, the worker's pace, the retries and the timeouts. */
@ConfigMapping(prefix = "newsroom.webhooks")
public interface WebhookConfig {

    /** Deliver to private and loopback addresses too (tests, a newsroom's internal network); refused otherwise. */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** The background worker. */
    Worker worker();

    /** Retries of failed deliveries. */
    Retry retry();

    /** Timeouts of one POST. */
    Timeouts timeouts();

    /** The background worker that delivers due events. */
    interface Worker {
        /** Off: this instance delivers nothing (another one does). */
        @WithDefault("true")
        boolean enabled();

        /** How often it looks for due deliveries. */
        @WithDefault("1s")
        Duration pollInterval();

        /** How many deliveries one pass takes (and locks). */
        @WithDefault("10")
        int batchSize();
    }

    /** Exponential backoff: initial, initial × factor, … up to max, until the cut-off after the event. */
    interface Retry {
        @WithDefault("5s")
        Duration initial();

        @WithDefault("2")
        double factor();

        @WithDefault("10m")
        Duration max();

        /** After this long since the event, a delivery is given up. */
        @WithDefault("24h")
        Duration cutoff();
    }

    /** Short timeouts: a slow receiver only holds the worker, never a request. */
    interface Timeouts {
        @WithDefault("2s")
        Duration connect();

        @WithDefault("5s")
        Duration request();
    }
}
