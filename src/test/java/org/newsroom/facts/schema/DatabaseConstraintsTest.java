package org.newsroom.facts.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The database keeps rows valid even if code were wrong: a period or baseline start needs its precision, and a citation
 * says whether it has a chain.
 */
@QuarkusTest
class DatabaseConstraintsTest {

    @Inject
    AgroalDataSource dataSource;

    /** Runs the update in a transaction that is rolled back; the rows it changed, or the SQL state it failed with. */
    private int inRollback(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                return s.executeUpdate(sql);
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void aPeriodStartWithoutItsPrecisionIsRefused() throws SQLException {
        String one = "(select id from fact where period_start is not null order by id limit 1)";
        SQLException e = assertThrows(SQLException.class, () -> inRollback("update fact set period_precision = null where id = " + one));
        assertEquals("23514", e.getSQLState(), e.getMessage()); // check_violation
        // positive control: the same row, its precision kept, is written
        assertEquals(1, inRollback("update fact set period_precision = period_precision where id = " + one));
    }

    @Test
    void aBaselineStartWithoutItsPrecisionIsRefused() throws SQLException {
        String one = "(select id from fact where baseline_start is not null order by id limit 1)";
        SQLException e = assertThrows(SQLException.class, () -> inRollback("update fact set baseline_precision = null where id = " + one));
        assertEquals("23514", e.getSQLState(), e.getMessage());
        assertEquals(1, inRollback("update fact set baseline_precision = baseline_precision where id = " + one));
    }

    /** A citation is {@code chained} exactly while it has a chain, whoever writes the chain (readers read chains by it). */
    @Test
    void aCitationIsChainedExactlyWhileItHasAChain() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                long citation = number(s, "select id from citation c where not exists (select 1 from citation_chain h where h.citation_id = c.id)"
                        + " order by id limit 1");
                long source = number(s, "select id from source order by id limit 1");
                assertEquals(0, number(s, "select count(*) from citation where chained and id = " + citation), "before: no chain");
                s.executeUpdate("insert into citation_chain (citation_id, position, source_id) values (" + citation + ", 0, " + source + ")");
                assertEquals(1, number(s, "select count(*) from citation where chained and id = " + citation), "with a chain");
                s.executeUpdate("delete from citation_chain where citation_id = " + citation);
                assertEquals(0, number(s, "select count(*) from citation where chained and id = " + citation), "its chain deleted");
            } finally {
                c.rollback();
            }
        }
    }

    private static long number(Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
