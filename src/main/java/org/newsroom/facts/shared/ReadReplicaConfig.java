package org.newsroom.facts.shared;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Where readers' queries may go: a read-only streaming replica of the primary database (optional). */
@ConfigMapping(prefix = "newsroom.read-replica")
public interface ReadReplicaConfig {

    /** JDBC URL of the replica; absent: everything reads from the primary. */
    Optional<String> jdbcUrl();

    /** The replica's user; absent: the primary's (quarkus.datasource.replica.username reads it). */
    Optional<String> username();

    /** The replica's password; absent: the primary's. */
    Optional<String> password();

    default boolean configured() {
        return jdbcUrl().filter(url -> !url.isBlank()).isPresent();
    }
}
