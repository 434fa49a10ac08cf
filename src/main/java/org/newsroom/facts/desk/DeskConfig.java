package org.newsroom.facts.desk;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the corrections desk: how long a development "Sign in as" token lasts. */
@ConfigMapping(prefix = "newsroom.desk")
public interface DeskConfig {

    /** The lifetime of a token signed by "Sign in as" (dev and test only), like deploy/dev-token.sh's 8 hours. */
    @WithDefault("8h")
    Duration signInAsLifetime();
}
