package org.newsroom.facts.webhook;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** What a webhook is told of. */
@Enum("WebhookEvent")
@Description("What a webhook is told of.")
public enum WebhookEvent {
    @Description("a fact became public")
    FACT_PUBLISHED,
    @Description("a public fact got a new version (an approved correction, a renamed source it prints)")
    FACT_CORRECTED,
    @Description("a fact was withdrawn")
    FACT_RETRACTED,
    @Description("an editor submitted a correction for review")
    CORRECTION_SUBMITTED,
    @Description("a chief approved or rejected a correction")
    CORRECTION_REVIEWED
}
