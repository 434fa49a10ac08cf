package org.newsroom.facts.shared;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;

/**
 * Starts the embedded PostgreSQL 17 ({@link EmbeddedPostgresServer}) at runtime init when no datasource URL is
 * configured, and hands its JDBC settings to Quarkus before Flyway and Hibernate start. Where it is off (production) and no
 * URL is configured, it stops the start with a message that says what to set.
 */
public class EmbeddedPostgresConfigSource implements ConfigSourceFactory {

    static final String URL_KEY = "quarkus.datasource.jdbc.url";
    static final String ENABLED_KEY = "newsroom.embedded-db.enabled";
    static final String DATA_DIR_KEY = "newsroom.embedded-db.data-dir";
    static final String PORT_KEY = "newsroom.embedded-db.port";
    static final String EPHEMERAL_KEY = "newsroom.embedded-db.ephemeral";
    static final String DURABLE_KEY = "newsroom.embedded-db.durable";
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresConfigSource.class);
    static final String NO_DATABASE = "No database configured: set QUARKUS_DATASOURCE_JDBC_URL (for example "
            + "jdbc:postgresql://db:5432/facts) with QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD. "
            + "The embedded PostgreSQL is for development and tests only (NEWSROOM_EMBEDDED_DB_ENABLED=true turns it on).";

    private static EmbeddedPostgresServer running;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ExecutionMode.current() != ExecutionMode.RUNTIME_INIT || !valueOr(context, URL_KEY, "").isEmpty()) {
            return Collections.emptyList();
        }
        if (!Boolean.parseBoolean(valueOr(context, ENABLED_KEY, "true"))) {
            LOG.error(NO_DATABASE);
            throw new IllegalStateException(NO_DATABASE);
        }
        String refusal = refusal(io.quarkus.runtime.ImageMode.current() == io.quarkus.runtime.ImageMode.NATIVE_RUN);
        if (refusal != null) {
            LOG.error(refusal);
            throw new IllegalStateException(refusal);
        }
        EmbeddedPostgresServer postgres = start(context);
        Map<String, String> settings = Map.of(
                URL_KEY, postgres.jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
        return Collections.singletonList(new MapBackedConfigSource("embedded-postgres", settings, 50) {
        });
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(50);
    }

    private static synchronized EmbeddedPostgresServer start(ConfigSourceContext context) {
        if (running == null) {
            running = EmbeddedPostgresServer.start(new EmbeddedPostgresServer.Settings(
                    Path.of(valueOr(context, DATA_DIR_KEY, "data/postgres")),
                    Boolean.parseBoolean(valueOr(context, EPHEMERAL_KEY, "false")),
                    Integer.parseInt(valueOr(context, PORT_KEY, "0")),
                    Boolean.parseBoolean(valueOr(context, DURABLE_KEY, "true"))));
        }
        return running;
    }

    static final String NO_EMBEDDED_IN_NATIVE = "The native executable has no embedded PostgreSQL (its binaries are not in the "
            + "image): set QUARKUS_DATASOURCE_JDBC_URL (with QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD).";

    /** Why the embedded server cannot start here, or null when it can: a native executable does not carry it. */
    static String refusal(boolean nativeExecutable) {
        return nativeExecutable ? NO_EMBEDDED_IN_NATIVE : null;
    }

    /** The embedded server this JVM started, if any. */
    public static EmbeddedPostgresServer running() {
        return running;
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
