package org.newsroom.facts.ops;

import java.time.Duration;

import org.jboss.logging.Logger;
import org.newsroom.facts.shared.BackgroundTask;
import org.newsroom.facts.delivery.PersistedQueryService;
import org.newsroom.facts.webhook.WebhookWorker;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Keeps what only grows within bounds: every {@code interval} (and once shortly after the start) it deletes webhook
 * events older than {@code webhook-events} whose deliveries are finished (with their deliveries and attempts), and
 * persisted queries no instance has used for {@code persisted-queries}. Every instance runs it; the deletes are
 * idempotent.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    /** How long the outbox and the persisted queries are kept ({@code newsroom.retention.*}). */
    @ConfigMapping(prefix = "newsroom.retention")
    public interface Config {
        /** Webhook events (with their deliveries and attempts) older than this, and finished, are deleted. */
        @WithDefault("30d")
        Duration webhookEvents();

        /** Persisted queries unused for this long are deleted (APQ clients register them again on demand). */
        @WithDefault("90d")
        Duration persistedQueries();

        /** How often the job runs. */
        @WithDefault("1h")
        Duration interval();
    }

    @Inject
    Config config;
    @Inject
    WebhookWorker webhooks;
    @Inject
    PersistedQueryService persistedQueries;
    @Inject
    org.newsroom.facts.delivery.DeliveryConfig delivery;

    private BackgroundTask task;

    void start(@Observes StartupEvent start) {
        task = BackgroundTask.start("retention", Duration.ofMinutes(1), config.interval(), LOG, "Retention pass", this::run);
    }

    void stop(@Observes ShutdownEvent stop) {
        if (task != null) {
            task.stop();
        }
    }

    /** One pass; what it deleted. */
    public record Pruned(int webhookEvents, long persistedQueries) {
    }

    /** Runs one pass now. In trusted-documents mode the registered documents are the allow-list: none is pruned. */
    public Pruned run() throws java.sql.SQLException {
        int events = webhooks.prune(config.webhookEvents());
        long queries = delivery.trustedDocumentsOnly() ? 0 : persistedQueries.prune(config.persistedQueries());
        if (events > 0 || queries > 0) {
            LOG.infof("Retention: deleted %d webhook events and %d persisted queries", events, queries);
        }
        return new Pruned(events, queries);
    }
}
