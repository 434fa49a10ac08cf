package org.newsroom.facts.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts an embedded PostgreSQL 17 (zonky binaries) at runtime init when no datasource URL is configured,
 * and hands its JDBC settings to Quarkus before Flyway and Hibernate start. Where it is off (production) and no
 * URL is configured, it stops the start with a message that says what to set.
 */
public class EmbeddedPostgresConfigSource implements ConfigSourceFactory {

    static final String URL_KEY = "quarkus.datasource.jdbc.url";
    static final String ENABLED_KEY = "newsroom.embedded-db.enabled";
    static final String DATA_DIR_KEY = "newsroom.embedded-db.data-dir";
    static final String PORT_KEY = "newsroom.embedded-db.port";
    static final String EPHEMERAL_KEY = "newsroom.embedded-db.ephemeral";
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresConfigSource.class);
    static final String NO_DATABASE = "No database configured: set QUARKUS_DATASOURCE_JDBC_URL (for example "
            + "jdbc:postgresql://db:5432/facts) with QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD. "
            + "The embedded PostgreSQL is for development and tests only (NEWSROOM_EMBEDDED_DB_ENABLED=true turns it on).";

    private static EmbeddedPostgres running;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ExecutionMode.current() != ExecutionMode.RUNTIME_INIT || !valueOr(context, URL_KEY, "").isEmpty()) {
            return Collections.emptyList();
        }
        if (!Boolean.parseBoolean(valueOr(context, ENABLED_KEY, "true"))) {
            LOG.error(NO_DATABASE);
            throw new IllegalStateException(NO_DATABASE);
        }
        EmbeddedPostgres postgres = start(context);
        Map<String, String> settings = Map.of(
                URL_KEY, postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
        return Collections.singletonList(new MapBackedConfigSource("embedded-postgres", settings, 50) {
        });
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(50);
    }

    private static synchronized EmbeddedPostgres start(ConfigSourceContext context) {
        if (running != null) {
            return running;
        }
        boolean ephemeral = Boolean.parseBoolean(valueOr(context, EPHEMERAL_KEY, "false"));
        int port = Integer.parseInt(valueOr(context, PORT_KEY, "0"));
        try {
            Path dataDir = ephemeral
                    ? Files.createTempDirectory("newsroom-facts-pg")
                    : Path.of(valueOr(context, DATA_DIR_KEY, "data/postgres")).toAbsolutePath();
            Files.createDirectories(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(ephemeral)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "128MB");
            if (port > 0) {
                builder.setPort(port);
            }
            long t0 = System.nanoTime();
            running = builder.start();
            LOG.infof("Embedded PostgreSQL 17 started on port %d in %d ms, data in %s%s", running.getPort(),
                    (System.nanoTime() - t0) / 1_000_000, dataDir, ephemeral ? " (ephemeral)" : "");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(ephemeral ? dataDir : null), "embedded-postgres-stop"));
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL; configure "
                    + "QUARKUS_DATASOURCE_JDBC_URL to use an external server instead", e);
        }
    }

    private static synchronized void stop(Path deleteDir) {
        try {
            if (running != null) {
                running.close();
                running = null;
            }
            if (deleteDir != null && Files.exists(deleteDir)) {
                try (Stream<Path> files = Files.walk(deleteDir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not stop the embedded PostgreSQL cleanly", e);
        }
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    /** Reads a raw setting, honouring the active profiles (%test., %dev.) the way Quarkus does. */
    private static String valueOr(ConfigSourceContext context, String key, String fallback) {
        for (String profile : context.getProfiles()) {
            ConfigValue value = context.getValue("%" + profile + "." + key);
            if (isSet(value)) {
                return value.getValue().trim();
            }
        }
        ConfigValue value = context.getValue(key);
        return isSet(value) ? value.getValue().trim() : fallback;
    }
}
