package org.newsroom.facts.count;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsroom.facts.shared.ReadDatabase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one statement of factCounts over the tally (V16): {@code fact_tally_place} (sums per kind, country and year) when
 * the question is only about those, else {@code fact_tally} (sums without the month) or, when the month is asked for,
 * {@code fact_tally_row} (a row per fact and country); a fact's own row ({@code role = ''}) unless countries are
 * counted.
 */
@ApplicationScoped
public class FactCountRepository {

    /** One row of the statement: the dimensions' values (by dimension), a unit, and its sums. */
    record Row(Map<FactCountDimension, Object> keys, String unit, long facts, double total, long figures) {
    }

    /** What is counted: the conditions (column → value; a list means any of) and the dimensions to group by. */
    record Counting(Map<String, Object> equal, String role, boolean perCountry, List<FactCountDimension> groupBy, int maxRows) {
    }

    @Inject
    ReadDatabase db;

    /** The dimensions and conditions fact_tally_place holds. */
    private static final java.util.Set<FactCountDimension> PLACE = java.util.EnumSet.of(FactCountDimension.KIND, FactCountDimension.COUNTRY,
            FactCountDimension.YEAR);
    private static final java.util.Set<String> PLACE_COLUMNS = java.util.Set.of("status", "kind", "code", "year");

    List<Row> count(Counting c) {
        boolean monthly = c.groupBy().contains(FactCountDimension.MONTH);
        boolean place = PLACE.containsAll(c.groupBy()) && PLACE_COLUMNS.containsAll(c.equal().keySet());
        List<FactCountDimension> dims = new ArrayList<>(c.groupBy());
        if (monthly && !dims.contains(FactCountDimension.YEAR)) {
            dims.add(dims.indexOf(FactCountDimension.MONTH), FactCountDimension.YEAR); // a month is of a year
        }
        StringBuilder keys = new StringBuilder();
        for (FactCountDimension d : dims) {
            keys.append(d.column()).append(", ");
        }
        keys.append("unit");
        StringBuilder sql = new StringBuilder("select ").append(keys).append(", ");
        sql.append(monthly ? "count(*), coalesce(sum(central), 0), count(central) from fact_tally_row"
                : "cast(sum(n) as bigint), sum(total), cast(sum(figures) as bigint) from " + (place ? "fact_tally_place" : "fact_tally")); // bigint, not numeric: cheaper to decode
        Map<String, Object> params = new LinkedHashMap<>();
        sql.append(" where status = :status");
        params.put("status", c.equal().get("status"));
        sql.append(c.perCountry() ? " and role <> ''" : " and role = ''");
        if (c.role() != null) {
            sql.append(" and role = :role");
            params.put("role", c.role());
        }
        c.equal().forEach((column, value) -> {
            if (column.equals("status")) {
                return;
            }
            if (value instanceof List<?> any) {
                sql.append(" and ").append(column).append(" = any(:").append(column).append(')');
                params.put(column, ReadDatabase.texts(any.stream().map(String::valueOf).toList()));
            } else {
                sql.append(" and ").append(column).append(" = :").append(column);
                params.put(column, value);
            }
        });
        // no order by: sorting thousands of groups costs PostgreSQL more than the JVM (FactCountService sorts them)
        sql.append(" group by ").append(keys).append(" limit ").append(c.maxRows() + 1);
        return db.list(sql.toString(), params, rs -> {
            Map<FactCountDimension, Object> values = new LinkedHashMap<>();
            int i = 1;
            for (FactCountDimension d : dims) {
                values.put(d, rs.getObject(i++));
            }
            return new Row(values, rs.getString(i), rs.getLong(i + 1), rs.getDouble(i + 2), rs.getLong(i + 3));
        });
    }
}
