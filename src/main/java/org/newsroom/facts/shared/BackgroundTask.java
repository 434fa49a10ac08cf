package org.newsroom.facts.shared;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

/**
 * An instance's background work on a daemon thread of its own, run again a fixed delay after each pass; a pass that
 * fails is logged as a warning and tried again at the next one.
 */
public final class BackgroundTask {

    private final ScheduledExecutorService timer;

    private BackgroundTask(String name, Duration first, Duration every, Logger log, String what, ThrowingRunnable pass) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().name(name).unstarted(r));
        timer.scheduleWithFixedDelay(() -> {
            try {
                pass.run();
            } catch (Exception e) {
                log.warnf("%s failed, tried again at the next one: %s", what, e.toString());
            }
        }, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A pass of the work, which may fail. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    /**
     * Starts the work on a thread called {@code name}: its first pass after {@code first}, then {@code every} after
     * the end of each; failures logged to {@code log} as "{what} failed".
     */
    public static BackgroundTask start(String name, Duration first, Duration every, Logger log, String what, ThrowingRunnable pass) {
        return new BackgroundTask(name, first, every, log, what, pass);
    }

    /** Stops the work (at shutdown): a running pass is interrupted. */
    public void stop() {
        timer.shutdownNow();
    }
}
