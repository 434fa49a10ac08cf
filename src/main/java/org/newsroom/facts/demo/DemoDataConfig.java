package org.newsroom.facts.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the demo dataset ({@code newsroom.demo-data.*}). */
@ConfigMapping(prefix = "newsroom.demo-data")
public interface DemoDataConfig {

    /** Load the story's facts on start into a database that has no facts yet. */
    @WithDefault("true")
    boolean enabled();

    /** The classpath resource holding the dataset. */
    @WithDefault("demo/story-facts.json")
    String location();
}
