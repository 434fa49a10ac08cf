package org.newsroom.facts.webhook;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsroom.facts.shared.NumericNodeKind;

/** Webhooks as Relay nodes: chiefs see the active ones (as the webhooks list); for others there are none. */
@ApplicationScoped
public class WebhookNodes extends NumericNodeKind<Webhook> {

    @Inject
    WebhookService webhooks;

    public WebhookNodes() {
        super("Webhook", Webhook.class, Webhook::id);
    }

    @Override
    protected Map<Long, Webhook> visibleByIds(List<Long> ids) {
        return webhooks.visibleByIds(ids);
    }
}
