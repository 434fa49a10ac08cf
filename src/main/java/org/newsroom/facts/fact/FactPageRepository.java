package org.newsroom.facts.fact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.newsroom.facts.shared.BadUserInputException;
import org.newsroom.facts.shared.ReadDatabase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Pages of facts with keyset pagination, in one SQL statement per page, or per set of countries (a LATERAL
 * join that reads the first rows of each country from its index). The sort keys are the expressions of the
 * indexes in V1__facts.sql. Readers' queries: plain JDBC ({@link ReadDatabase}), each row read into a transient
 * entity of its kind that only makes the view.
 */
@ApplicationScoped
public class FactPageRepository {

    /** The keyset of the last row of a page: the sort key as text and the id. */
    public record Keyset(String key, long id) {
    }

    @Inject
    ReadDatabase db;

    /** The sort key's SQL expression, its SQL type and direction, per order. */
    static String key(FactOrder order) {
        return switch (order) {
            case NEWEST_FIRST -> "coalesce(f.period_start, cast('-infinity' as date))";
            case OLDEST_FIRST -> "coalesce(f.period_start, cast('infinity' as date))";
            case LARGEST_FIRST -> QuantityValue.CENTRAL_SQL;
            case RECENTLY_UPDATED -> "f.updated_at";
        };
    }

    private static String type(FactOrder order) {
        return switch (order) {
            case NEWEST_FIRST, OLDEST_FIRST -> "date";
            case LARGEST_FIRST -> "float8";
            case RECENTLY_UPDATED -> "timestamptz";
        };
    }

    private static boolean ascending(FactOrder order) {
        return order == FactOrder.OLDEST_FIRST;
    }

    /** The keyset value of a fact under an order, as the SQL expression computes it. */
    public static String keyOf(FactEntity f, FactOrder order) {
        return switch (order) {
            case NEWEST_FIRST -> f.period == null || f.period.start == null ? "-infinity" : f.period.start.toString();
            case OLDEST_FIRST -> f.period == null || f.period.start == null ? "infinity" : f.period.start.toString();
            case LARGEST_FIRST -> Double.toString(f.quantity == null ? Double.NEGATIVE_INFINITY : f.quantity.central());
            case RECENTLY_UPDATED -> f.updatedAt.toString();
        };
    }

    /** Checks a keyset taken from a cursor: its key must parse as the order's type. */
    public static Keyset keyset(FactOrder order, String key, String id, String field) {
        try {
            switch (order) {
                case NEWEST_FIRST, OLDEST_FIRST -> {
                    if (!key.endsWith("infinity")) {
                        java.time.LocalDate.parse(key);
                    }
                }
                case LARGEST_FIRST -> Double.parseDouble(key);
                case RECENTLY_UPDATED -> java.time.OffsetDateTime.parse(key);
            }
            return new Keyset(key, Long.parseLong(id));
        } catch (RuntimeException e) {
            throw new BadUserInputException("after is not a cursor of this list", field);
        }
    }

    private static String orderBy(FactOrder order) {
        String dir = ascending(order) ? "asc" : "desc";
        return key(order) + " " + dir + ", f.id " + dir;
    }

    private static String after(FactOrder order, Keyset after) {
        if (after == null) {
            return "";
        }
        return " and (" + key(order) + ", f.id) " + (ascending(order) ? ">" : "<")
                + " (cast(:afterKey as " + type(order) + "), :afterId)";
    }

    /** Up to {@code limit} facts of the query, after the keyset, in the order. */
    public <E extends FactEntity> List<E> findPage(FactRows<E> kind, FactQuery q, FactOrder order, Keyset after, int limit) {
        String sql = "select " + columns() + kind.readColumns() + " from fact f where " + q.sql() + after(order, after)
                + " order by " + orderBy(order) + " limit :limit";
        Map<String, Object> params = params(q, after);
        params.put("limit", limit);
        return db.listByName(sql, params, row(kind));
    }

    /**
     * The columns of {@code fact} the read path does not read: the search's words and their index (a tsvector PostgreSQL
     * would print for every row) and the change feed's transaction.
     */
    static final java.util.Set<String> NOT_READ = java.util.Set.of("search_text", "search_vector", "change_xid");

    /** The columns of a fact row that pages read: every column of {@code fact} but {@link #NOT_READ}. */
    private String columns() {
        return db.selectList("fact", "f", NOT_READ);
    }

    private static <E extends FactEntity> ReadDatabase.NamedRowReader<E> row(FactRows<E> kind) {
        return rs -> {
            E e = kind.newEntity(rs.string("kind"));
            e.read(rs);
            return e;
        };
    }

    /**
     * Up to {@code limit} facts per country of the query's group column, in one statement.
     *
     * @return the pages by country code, in the order of {@code groups}
     */
    public <E extends FactEntity> Map<String, List<E>> findPagePerGroup(FactRows<E> kind, FactQuery q, Collection<String> groups,
            FactOrder order, Keyset after, int limit) {
        Map<String, List<E>> result = new LinkedHashMap<>();
        groups.forEach(g -> result.put(g, new ArrayList<>()));
        if (groups.isEmpty() || limit == 0) {
            return result;
        }
        Map<String, Object> params = params(q, after);
        params.put("limit", limit);
        String sql = "select g.code as group_code, f.* from " + groupRows(q, groups, params)
                + " cross join lateral (select " + columns() + kind.readColumns() + " from fact f where " + q.sql() + " and "
                + Objects.requireNonNull(q.groupCondition()) + after(order, after) + " order by " + orderBy(order) + " limit :limit) f"
                + " order by g.ord, " + orderBy(order);
        ReadDatabase.NamedRowReader<E> entity = row(kind);
        for (Map.Entry<String, E> row : db.listByName(sql, params, rs -> Map.entry(rs.string("group_code"), entity.read(rs)))) {
            result.get(row.getKey()).add(row.getValue());
        }
        return result;
    }

    /**
     * The totalCount of each page: one statement per distinct query (grouped by country for per-country pages).
     */
    public List<Integer> count(List<FactPage> pages) {
        Map<FactQuery, Map<String, Integer>> counts = new HashMap<>();
        Map<FactQuery, List<String>> groupsPerQuery = new LinkedHashMap<>();
        for (FactPage p : pages) {
            groupsPerQuery.computeIfAbsent(p.query(), k -> new ArrayList<>()).add(p.group());
        }
        groupsPerQuery.forEach((q, groups) -> counts.put(q, count(q, groups)));
        return pages.stream().map(p -> counts.get(p.query()).getOrDefault(p.group() == null ? "" : p.group(), 0)).toList();
    }

    private Map<String, Integer> count(FactQuery q, List<String> groups) {
        Map<String, Integer> result = new HashMap<>();
        if (q.groupCondition() == null) {
            result.put("", db.list("select count(*) from fact f where " + q.sql(), params(q, null), rs -> rs.getInt(1)).get(0));
            return result;
        }
        Map<String, Object> params = params(q, null);
        db.list("select g.code, (select count(*) from fact f where " + q.sql() + " and " + q.groupCondition()
                + ") from " + groupRows(q, groups, params), params, rs -> Map.entry(rs.getString(1), rs.getInt(2)))
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    /**
     * The groups as rows {@code g(code, ord)}, binding them into {@code params}. One group is a one-row subquery of a
     * scalar, not an array: PostgreSQL estimates an array parameter at ten elements, so a statement on one country
     * (every country page) costs less planned afresh than generically and was planned again on every execution; on a
     * scalar its generic plan is as good as a fresh one, so the server keeps it.
     */
    private static String groupRows(FactQuery q, Collection<String> groups, Map<String, Object> params) {
        List<String> valid = q.validGroups(groups);
        if (valid.size() == 1) {
            params.put("group", valid.get(0));
            return "(select cast(:group as text) as code, 1 as ord) g";
        }
        params.put("groups", ReadDatabase.texts(valid));
        return "unnest(cast(:groups as text[])) with ordinality as g(code, ord)";
    }

    private static Map<String, Object> params(FactQuery q, Keyset after) {
        Map<String, Object> params = new HashMap<>(q.params());
        if (after != null) {
            params.put("afterKey", after.key());
            params.put("afterId", after.id());
        }
        return params;
    }

}
