package org.newsroom.facts.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The countries a fact is about live in one table, fact_country, kept by each kind's triggers, and the functions every
 * kind shares read it and name no kind.
 */
@QuarkusTest
class FactCountryTest {

    /** What each kind stores, as (fact, country, role): the rows fact_country must hold. */
    private static final String EXPECTED = """
            select id, origin_code, 'ORIGIN' from fact where kind = 'DEPLOYMENT'
            union select id, destination_code, 'DESTINATION' from fact where kind = 'DEPLOYMENT'
            union select id, country_code, 'SUBJECT' from fact where kind = 'STATISTIC'
            union select fact_id, country_code, 'SUBJECT' from claim_country
            union select fact_id, country_code, 'SUBJECT' from event_country""";

    private static final String DIFFERENCE = "select count(*) from ((" + EXPECTED + " except select fact_id, code, role from fact_country)"
            + " union all (select fact_id, code, role from fact_country except (" + EXPECTED + "))) d";

    @Inject
    AgroalDataSource dataSource;

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void everyKindKeepsItsCountriesInFactCountry() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                assertTrue(count(s, "select count(*) from (" + EXPECTED + ") e") > 10, "the demo dataset's facts have countries");
                assertEquals(0, count(s, DIFFERENCE), "fact_country and the kinds' own columns and tables agree");

                long deployment = count(s, "select min(id) from fact where kind = 'DEPLOYMENT' and destination_code <> 'PW'");
                s.executeUpdate("update fact set destination_code = 'PW' where id = " + deployment);
                assertEquals(1, count(s, "select count(*) from fact_country where fact_id = " + deployment + " and role = 'DESTINATION' and code = 'PW'"));
                assertEquals(1, count(s, "select count(*) from fact_country where fact_id = " + deployment + " and role = 'DESTINATION'"));

                long statistic = count(s, "select min(id) from fact where kind = 'STATISTIC'");
                s.executeUpdate("update fact set country_code = 'NU' where id = " + statistic);
                assertEquals(1, count(s, "select count(*) from fact_country where fact_id = " + statistic + " and code = 'NU'"));

                long claim = count(s, "select min(fact_id) from claim_country");
                s.executeUpdate("insert into claim_country (fact_id, country_code, position) values (" + claim + ", 'FJ', 99)");
                assertEquals(1, count(s, "select count(*) from fact_country where fact_id = " + claim + " and code = 'FJ'"));
                s.executeUpdate("delete from claim_country where fact_id = " + claim + " and country_code = 'FJ'");
                assertEquals(0, count(s, "select count(*) from fact_country where fact_id = " + claim + " and code = 'FJ'"));

                long event = count(s, "select min(fact_id) from event_country");
                s.executeUpdate("insert into event_country (fact_id, country_code, position) values (" + event + ", 'MH', 99)");
                assertEquals(1, count(s, "select count(*) from fact_country where fact_id = " + event + " and code = 'MH'"));

                assertEquals(0, count(s, DIFFERENCE), "still in step after the changes");
                // positive control: a row the kinds do not hold is seen as a difference
                s.executeUpdate("insert into fact_country (fact_id, code, role) values (" + claim + ", 'PW', 'ORIGIN')");
                assertEquals(1, count(s, DIFFERENCE));
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void theSharedFunctionsNameNoKind() throws SQLException {
        List<String> kinds = List.of("DEPLOYMENT", "STATISTIC", "CLAIM", "EVENT", "claim_country", "event_country", "origin_code",
                "destination_code", "country_code");
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select proname, pg_get_functiondef(oid) from pg_proc where proname in "
                        + "('cache_tags', 'notify_fact_event', 'fact_country_codes', 'notify_fact_country_tags', 'fact_country_set', "
                        + "'deployment_countries')")) {
            int functions = 0;
            while (r.next()) {
                functions++;
                String name = r.getString(1);
                String body = r.getString(2);
                for (String kind : kinds) {
                    if (java.util.regex.Pattern.compile("\\b" + kind + "\\b").matcher(body).find()) {
                        found.add(name + " names " + kind);
                    }
                }
            }
            assertEquals(6, functions);
        }
        // positive control: a kind's own trigger function names its columns, and is seen to
        assertEquals(List.of("deployment_countries names origin_code", "deployment_countries names destination_code"), found);
    }
}
