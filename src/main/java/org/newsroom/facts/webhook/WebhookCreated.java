package org.newsroom.facts.webhook;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A new webhook with its signing secret, shown only this once. */
@Type("WebhookCreated")
@Description("A new webhook and its signing secret, which is shown only this once.")
public record WebhookCreated(
        @NonNull @Description("The webhook.") Webhook webhook,
        @NonNull @Description("The Standard Webhooks signing secret ('whsec_…'); store it in the receiver.") String secret) {
}
