package org.newsroom.facts.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of how responses are delivered ({@code newsroom.delivery.*}). */
@ConfigMapping(prefix = "newsroom.delivery")
public interface DeliveryConfig {

    /** How long shared caches (CDNs, browsers) may reuse a reader's GET response, in seconds. */
    @WithDefault("5")
    int maxAgeSeconds();

    /** The most grammar tokens a GraphQL document may have; larger documents are refused before anything runs. */
    @WithDefault("5000")
    int maxTokens();

    /** The in-service cache of readers' GET responses. */
    Cache cache();

    /** Automatic persisted queries. */
    PersistedQueries persistedQueries();

    /** The in-service cache of readers' GET responses, dropped by every committed write. */
    interface Cache {
        /** Whether readers' GET responses are kept in memory between writes. */
        @WithDefault("true")
        boolean enabled();

        /** The most bytes of response bodies kept. */
        @WithDefault("33554432")
        long maxBytes();
    }

    /** Automatic persisted queries (stored in PostgreSQL, with a copy in memory). */
    interface PersistedQueries {
        /** How many persisted documents each instance keeps in memory. */
        @WithDefault("10000")
        int cachedEntries();
    }
}
