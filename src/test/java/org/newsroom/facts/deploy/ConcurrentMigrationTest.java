package org.newsroom.facts.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The migration strategy of the Kubernetes deployment: every pod runs Flyway at start, so several pods starting
 * together must not apply a migration twice. Flyway holds a PostgreSQL advisory lock while it migrates: here
 * four "pods" migrate one empty database at the same moment; each migration is applied exactly once.
 */
class ConcurrentMigrationTest {

    @Test
    void podsStartingTogetherApplyEveryMigrationOnce() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            String url = server.getJdbcUrl("postgres", "postgres");
            int pods = 4;
            CyclicBarrier together = new CyclicBarrier(pods);
            ExecutorService executor = Executors.newFixedThreadPool(pods);
            List<Future<MigrateResult>> results = new ArrayList<>();
            for (int i = 0; i < pods; i++) {
                Callable<MigrateResult> pod = () -> {
                    Flyway flyway = Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration").load();
                    together.await();
                    return flyway.migrate();
                };
                results.add(executor.submit(pod));
            }
            int applied = 0;
            for (Future<MigrateResult> result : results) {
                applied += result.get().migrationsExecuted;
            }
            executor.shutdown();
            int migrations = Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration").load()
                    .info().applied().length;
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select count(*), count(distinct version) from flyway_schema_history where success")) {
                rs.next();
                assertEquals(rs.getInt(2), rs.getInt(1), "a migration recorded twice");
                assertEquals(migrations, rs.getInt(1));
            }
            assertEquals(migrations, applied, "all pods together applied each migration once");
        }
    }
}
