package org.newsroom.facts.embargo;

import java.time.Duration;

import org.jboss.logging.Logger;
import org.newsroom.facts.shared.BackgroundTask;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * This instance's embargo worker: a thread that looks every poll interval whether an embargo is due (one indexed
 * query), and when one is, publishes the due ones it can lock ({@link EmbargoService#publishDue}).
 */
@ApplicationScoped
public class EmbargoWorker {

    private static final Logger LOG = Logger.getLogger(EmbargoWorker.class);

    @Inject
    EmbargoService service;

    @Inject
    EmbargoRepository repository;

    @Inject
    EmbargoClock clock;

    @Inject
    EmbargoConfig config;

    private BackgroundTask task;

    void start(@Observes StartupEvent start) {
        if (!config.worker().enabled()) {
            LOG.info("Embargo worker off (newsroom.embargo.worker.enabled=false): another instance publishes");
            return;
        }
        Duration every = config.worker().pollInterval();
        task = BackgroundTask.start("embargo-worker", every, every, LOG, "Embargo pass", () -> {
            if (repository.anyDue(clock.now())) {
                service.publishDue();
            }
        });
    }

    void stop(@Observes ShutdownEvent stop) {
        if (task != null) {
            task.stop();
        }
    }
}
