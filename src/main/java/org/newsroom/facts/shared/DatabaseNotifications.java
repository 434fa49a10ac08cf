package org.newsroom.facts.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Listens (PostgreSQL LISTEN/NOTIFY, on a connection of its own) to what the database announces at commit — by
 * this instance or any other one sharing the database — and fires each announcement as a {@link Notice}. After a
 * lost connection it reconnects and fires {@link #RECONNECTED}, since announcements may have been missed.
 */
@ApplicationScoped
public class DatabaseNotifications {

    /** A committed write of what readers can see; payload: the cache tags it affects (V7__cache_tags.sql). */
    public static final String CONTENT = "newsroom_content";
    /** A fact became public, was corrected or retracted (payload: JSON with id, event, version, countries). */
    public static final String FACT = "newsroom_fact";
    /** An instance's own mark, sent after a commit, so that it knows when it has heard the commit's notices. */
    public static final String BARRIER = "newsroom_barrier";
    /** Not a database channel: the listener (re)connected and may have missed notices. */
    public static final String RECONNECTED = "reconnected";

    /** One announcement of the database. */
    public record Notice(String channel, String payload) {
    }

    private static final Logger LOG = Logger.getLogger(DatabaseNotifications.class);

    @Inject
    Event<Notice> notices;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private volatile boolean running;
    private Thread thread;

    void start(@Observes StartupEvent event) {
        running = true;
        thread = Thread.ofPlatform().daemon().name("db-notifications").start(this::listen);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(2_000);
        }
    }

    private void listen() {
        long backoff = 100;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username.orElse(null), password.orElse(null))) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CONTENT + "; LISTEN " + FACT + "; LISTEN " + BARRIER);
                }
                backoff = 100;
                fire(new Notice(RECONNECTED, ""));
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = pg.getNotifications(1_000);
                    for (PGNotification n : received == null ? new PGNotification[0] : received) {
                        fire(new Notice(n.getName(), n.getParameter()));
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("Listening to database notifications failed (%s); retrying in %d ms", e.getMessage(), backoff);
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 10_000);
                }
            }
        }
    }

    private void fire(Notice notice) {
        try {
            notices.fire(notice);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Handling the database notice %s failed", notice.channel());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
