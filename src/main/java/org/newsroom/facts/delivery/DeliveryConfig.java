package org.newsroom.facts.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of how responses are delivered ({@code newsroom.delivery.*}). */
@ConfigMapping(prefix = "newsroom.delivery")
public interface DeliveryConfig {

    /** How long shared caches (CDNs, browsers) may reuse a reader's GET response, in seconds. */
    @WithDefault("5")
    int maxAgeSeconds();
}
