package org.newsroom.facts.ops;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import org.newsroom.facts.shared.ReadReplicaConfig;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Readiness of the databases, answered at once: a background thread runs {@code SELECT 1} on a connection of its
 * own (not the pool's, which a stall may have exhausted) to each database every {@code interval}, with a socket
 * timeout; readiness is DOWN when a database has not answered for {@code stale-after}. So a database that stops
 * answering makes the service not ready within about two seconds, and the probe never holds a request thread.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class);
    private static final Duration INTERVAL = Duration.ofMillis(500);
    private static final Duration STALE_AFTER = Duration.ofMillis(1_500);

    /** Where one database is reached. */
    private record Target(String name, String url, String user, String password) {
    }

    private final Map<String, Target> targets = new LinkedHashMap<>();
    private final Map<String, Long> lastAnswer = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread thread;

    @Inject
    public DatabaseReadiness(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password, ReadReplicaConfig replica) {
        targets.put("primary", new Target("primary", url, username.orElse(null), password.orElse(null)));
        if (replica.configured()) {
            targets.put("replica", new Target("replica", replica.jdbcUrl().orElseThrow(),
                    replica.username().orElse(username.orElse(null)), replica.password().orElse(password.orElse(null))));
        }
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = Thread.ofPlatform().daemon().name("db-readiness").start(this::probe);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(1_000);
        }
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Databases answer");
        boolean up = true;
        long now = System.nanoTime();
        for (String name : targets.keySet()) {
            Long last = lastAnswer.get(name);
            boolean answering = last != null && now - last < STALE_AFTER.toNanos();
            response.withData(name, answering ? "UP" : "DOWN");
            up &= answering;
        }
        return response.status(up).build();
    }

    private void probe() {
        Map<String, Connection> connections = new LinkedHashMap<>();
        while (running) {
            for (Target target : targets.values()) {
                try {
                    Connection c = connections.get(target.name());
                    if (c == null) {
                        c = connect(target);
                        connections.put(target.name(), c);
                    }
                    try (Statement s = c.createStatement()) {
                        s.execute("SELECT 1");
                    }
                    lastAnswer.put(target.name(), System.nanoTime());
                } catch (SQLException e) {
                    LOG.debugf("Database %s did not answer the readiness probe (%s)", target.name(), e.getSQLState());
                    close(connections.remove(target.name()));
                }
            }
            try {
                Thread.sleep(INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        connections.values().forEach(DatabaseReadiness::close);
    }

    private static Connection connect(Target target) throws SQLException {
        Properties properties = new Properties();
        if (target.user() != null) {
            properties.setProperty("user", target.user());
        }
        if (target.password() != null) {
            properties.setProperty("password", target.password());
        }
        properties.setProperty("connectTimeout", "1");
        properties.setProperty("socketTimeout", "1");
        properties.setProperty("loginTimeout", "1");
        properties.setProperty("ApplicationName", "newsroom-facts readiness");
        return DriverManager.getConnection(target.url(), properties);
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // it is being replaced
            }
        }
    }
}
