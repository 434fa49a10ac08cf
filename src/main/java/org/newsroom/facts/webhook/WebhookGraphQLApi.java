package org.newsroom.facts.webhook;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsroom.facts.shared.ErrorBoundary;

import jakarta.inject.Inject;

/** GraphQL operations of webhooks (chiefs only), and their batched deliveries. */
@GraphQLApi
@ErrorBoundary
public class WebhookGraphQLApi {

    @Inject
    WebhookService service;

    @Query("webhooks")
    @Description("Chiefs only.")
    public @NonNull List<@NonNull Webhook> webhooks() {
        return service.list();
    }

    @Mutation("createWebhook")
    @Description("chief")
    public @NonNull WebhookCreated createWebhook(@NonNull @Description("Where and what.") WebhookInput input) {
        return service.create(input);
    }

    @Mutation("deleteWebhook")
    @Description("chief")
    public @NonNull Boolean deleteWebhook(@NonNull @Id @Description("The webhook.") String id) {
        return service.delete(id);
    }

    @Description("The latest deliveries, newest first.")
    public @NonNull List<@NonNull List<@NonNull WebhookDelivery>> deliveries(@Source List<Webhook> webhooks,
            @DefaultValue("20") @Description("How many (at most 100).") Integer first) {
        Map<Long, List<WebhookDelivery>> byId = service.deliveriesOf(webhooks.stream().map(w -> Long.valueOf(w.id())).distinct().toList(),
                first == null ? 20 : first);
        return webhooks.stream().map(w -> byId.get(Long.valueOf(w.id()))).toList();
    }
}
