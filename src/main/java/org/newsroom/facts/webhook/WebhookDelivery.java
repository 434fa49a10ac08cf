package org.newsroom.facts.webhook;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One attempt to deliver an event to a webhook. */
@Type("WebhookDelivery")
@Description("One attempt to deliver an event to a webhook.")
public record WebhookDelivery(
        @NonNull @Description("The event.") WebhookEvent event,
        @Id @Description("The fact it is about.") String factId,
        @NonNull @Description("When the attempt was made.") OffsetDateTime at,
        @Description("The receiver's HTTP status; null when it could not be reached.") Integer status,
        @NonNull @Description("Which attempt this was for the event: 1, 2, …") int attempts,
        @NonNull @Description("True when the receiver answered 2xx.") boolean delivered) {
}
