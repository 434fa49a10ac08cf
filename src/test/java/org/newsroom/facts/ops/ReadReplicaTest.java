package org.newsroom.facts.ops;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.inject.Inject;

/**
 * Read scaling against two PostgreSQL servers: the tests' primary and a second embedded server standing in for
 * the replica (same migrations, its own rows; replication itself is PostgreSQL's business). A row that only the
 * "replica" has shows which server answered.
 */
@QuarkusTest
@TestProfile(ReadReplicaTest.WithReplica.class)
class ReadReplicaTest {

    static final String NEWEST_FROM_KP = "{ country(code: \"KP\") { deploymentsFrom(first: 1) { nodes { id headcount { value } } } } }";

    @Inject
    @DataSource("replica")
    AgroalDataSource replica;

    long replicaOnly;

    @BeforeEach
    void aRowOnlyTheReplicaHas() throws SQLException {
        try (Connection c = replica.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into country (code, alpha3, name_en) values ('KP', 'PRK', 'North Korea'), ('RU', 'RUS', 'Russia')"
                    + " on conflict do nothing");
            // ids no fact of the primary has
            s.execute("select setval('fact_id_seq', greatest(nextval('fact_id_seq'), 900000))");
            try (ResultSet rs = s.executeQuery("""
                    insert into fact (kind, status, verification, created_at, updated_at, created_by, updated_by, published_at,
                        qty_value, qty_approximation, qty_unit, origin_code, destination_code, personnel, period_start, period_end,
                        period_precision)
                    values ('DEPLOYMENT', 'PUBLISHED', 'REPORTED', now(), now(), 'replica', 'replica', now(), 777, 'EXACT',
                        'workers', 'KP', 'RU', 'WORKERS', date '2031-01-01', date '2031-12-31', 'YEAR') returning id""")) {
                rs.next();
                replicaOnly = rs.getLong(1);
            }
        }
    }

    @Test
    void readersReadFromTheReplica() {
        GraphQL.reader().send(NEWEST_FROM_KP)
                .body("errors", nullValue())
                .body("data.country.deploymentsFrom.nodes[0].id", equalTo(String.valueOf(replicaOnly)));
    }

    @Test
    void tokenHoldersReadFromThePrimary() {
        GraphQL.editor().send(NEWEST_FROM_KP)
                .body("errors", nullValue())
                .body("data.country.deploymentsFrom.nodes[0].id", not(equalTo(String.valueOf(replicaOnly))));
    }

    @Test
    void whatAChiefPublishesIsReadBackFromThePrimary() {
        String id = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment("KP", "RU"))
                .body("errors", nullValue()).extract().path("data.createDeployment.id");
        GraphQL.chief().send("mutation($id: ID!) { publishFact(id: $id, expectedVersion: 1) { id status } }", "id", id)
                .body("errors", nullValue())
                .body("data.publishFact.status", equalTo("PUBLISHED"));
        GraphQL.chief().send("query($id: ID!) { fact(id: $id) { id status } }", "id", id)
                .body("data.fact.status", equalTo("PUBLISHED"));
        // readers are served by the "replica", which (not being a real one) never receives it
        GraphQL.reader().send("query($id: ID!) { fact(id: $id) { id } }", "id", id)
                .body("errors", nullValue())
                .body("data.fact", nullValue());
    }

    /** The primary as in every test, and a second server as the read replica. */
    public static class WithReplica implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SecondServer.class));
        }
    }

    /** Starts the second PostgreSQL; Flyway gives it the schema (on a real replica, replication does). */
    public static class SecondServer implements QuarkusTestResourceLifecycleManager {
        private EmbeddedPostgres server;

        @Override
        public Map<String, String> start() {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("newsroom.read-replica.jdbc-url", server.getJdbcUrl("postgres", "postgres"),
                    "newsroom.read-replica.username", "postgres",
                    "newsroom.read-replica.password", "postgres",
                    "quarkus.flyway.replica.migrate-at-start", "true");
        }

        @Override
        public void stop() {
            try {
                if (server != null) {
                    server.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
