package org.newsroom.facts.fact;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds of what editors may enter ({@code newsroom.input.*}). */
@ConfigMapping(prefix = "newsroom.input")
public interface InputLimits {

    /** The largest count of people or things a fact may give (value, low, high): more is a typing error. */
    @WithDefault("100000000")
    double maxHeadcount();
}
