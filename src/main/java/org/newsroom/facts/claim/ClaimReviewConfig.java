package org.newsroom.facts.claim;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the newsroom signs its fact-checks in ClaimReview markup: its name, its site, and the address of a claim's page. */
@ConfigMapping(prefix = "newsroom.claim-review")
public interface ClaimReviewConfig {

    /** The organization that publishes the verdicts (schema.org author). */
    @WithDefault("Newsroom Facts")
    String authorName();

    /** The organization's home page. */
    @WithDefault("https://facts.example.org")
    String authorUrl();

    /** The address of a claim's fact-check page; {id} is replaced by the claim's id. */
    @WithDefault("https://facts.example.org/claims/{id}")
    String urlTemplate();
}
