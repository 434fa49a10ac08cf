package org.newsroom.facts.webhook;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A webhook as the API shows it; its deliveries are a batched field of {@link WebhookGraphQLApi}. */
@Type("Webhook")
@Description("An endpoint of another newsroom system that is told of changes (signed POSTs, retried until it answers 2xx).")
public record Webhook(
        @Id @NonNull @Description("Opaque id.") String id,
        @NonNull @Description("Where the events are POSTed (http or https).") String url,
        @NonNull @Description("The events it is told of.") List<@NonNull WebhookEvent> events,
        @NonNull @Description("When it was created.") OffsetDateTime createdAt) {
}
