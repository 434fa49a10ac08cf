package org.newsroom.facts.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.hibernate.SessionFactory;
import org.hibernate.stat.spi.StatisticsImplementor;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Readers' SQL without Hibernate: plain JDBC read into immutable views, with no persistence context, on the database
 * the caller reads from (the rule of {@link ReadRouting}: the replica for anonymous HTTP readers when one is
 * configured). Collections are bound as PostgreSQL arrays ({@code = any(?)}). Statements are counted in Hibernate's
 * statistics, when they are on, like Hibernate's own, so that the statement-count tests see every statement.
 */
@ApplicationScoped
public class ReadDatabase {

    /** Reads one row. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Reads one row by column names. */
    @FunctionalInterface
    public interface NamedRowReader<T> {
        T read(NamedRow row) throws SQLException;
    }

    /**
     * A row read by column name. A reader asks for the same columns in the same order on every row, so the k-th
     * name asked for is looked up once per statement (the driver's lookup of a name costs more than reading the
     * value) and then only compared.
     */
    public static final class NamedRow {
        private final ResultSet rs;
        private final List<String> names = new ArrayList<>();
        private final List<Integer> columns = new ArrayList<>();
        private int asked;

        NamedRow(ResultSet rs) {
            this.rs = rs;
        }

        void next() {
            asked = 0;
        }

        private int column(String name) throws SQLException {
            int k = asked++;
            if (k < names.size() && names.get(k).equals(name)) {
                return columns.get(k);
            }
            int column = rs.findColumn(name);
            if (k == names.size()) {
                names.add(name);
                columns.add(column);
            }
            return column;
        }

        public String string(String name) throws SQLException {
            return rs.getString(column(name));
        }

        public long longValue(String name) throws SQLException {
            return rs.getLong(column(name));
        }

        public int intValue(String name) throws SQLException {
            return rs.getInt(column(name));
        }

        public <T> T object(String name, Class<T> type) throws SQLException {
            return rs.getObject(column(name), type);
        }
    }

    /** A collection bound as one array parameter of the given element type ({@code bigint}, {@code text}). */
    public record SqlArray(String elementType, Collection<?> values) {
    }

    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):([a-zA-Z]\\w*)");

    @Inject
    AgroalDataSource primary;

    @Inject
    @Any
    Instance<AgroalDataSource> dataSources;

    @Inject
    ReadReplicaConfig replicaConfig;

    @Inject
    SessionFactory sessionFactory;

    private volatile DataSource replica;

    /**
     * Ids as one {@code bigint[]} parameter: a primitive array, which the driver sends in PostgreSQL's binary form (no
     * text to print and parse); with a null among them, an array that carries it.
     */
    public static Object ids(Collection<Long> ids) {
        long[] values = new long[ids.size()];
        int i = 0;
        for (Long id : ids) {
            if (id == null) {
                return new SqlArray("bigint", ids);
            }
            values[i++] = id;
        }
        return values;
    }

    public static SqlArray texts(Collection<String> texts) {
        return new SqlArray("text", texts);
    }

    /** The connection that the statements of a {@link #oneConnection} on this thread share, once borrowed. */
    private static final ThreadLocal<Connection[]> SHARED = new ThreadLocal<>();

    /**
     * Runs work whose statements share one pooled connection, borrowed at its first statement and returned when the
     * work ends. A reader's plan runs its statements one after another, and each borrowing costs a round trip to the
     * database (the pool checks every connection it hands out, so that none is dead after a restart): one borrowing
     * per request, not per statement. Statements on other threads borrow their own.
     */
    public <T> T oneConnection(java.util.function.Supplier<T> work) {
        if (SHARED.get() != null) {
            return work.get();
        }
        Connection[] shared = new Connection[1];
        SHARED.set(shared);
        try {
            return work.get();
        } finally {
            SHARED.remove();
            returned(shared[0]);
        }
    }

    /** Returns a borrowed connection (if any) to the pool; one returned broken is dropped by the pool. */
    private static void returned(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // dropped by the pool
            }
        }
    }

    /** Select lists read from the catalog, by table, alias and left-out columns. */
    private final Map<List<Object>, String> selectLists = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The columns of a table as a select list ({@code f.id, f.kind, …} in the table's order) without the given ones,
     * read from the catalog once (columns a migration adds are in it after a restart); the statement is not counted
     * as a request's.
     *
     * @param table, alias and without are names from the code, never from input
     */
    public String selectList(String table, String alias, java.util.Set<String> without) {
        return selectLists.computeIfAbsent(List.of(table, alias, without), k -> {
            try (Connection c = dataSource().getConnection(); // the server the statements will run on
                    PreparedStatement ps = c.prepareStatement("select string_agg(? || '.' || quote_ident(attname), ', ' order by attnum)"
                            + " from pg_attribute where attrelid = cast(? as regclass) and attnum > 0 and not attisdropped"
                            + " and attname <> all(?)")) {
                ps.setString(1, alias);
                ps.setString(2, table);
                ps.setArray(3, c.createArrayOf("text", without.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return java.util.Objects.requireNonNull(rs.getString(1), table);
                }
            } catch (SQLException e) {
                throw Incidents.translate(e, "reading");
            }
        });
    }

    /** The rows of a statement with positional parameters ({@code ?}). */
    public <T> List<T> list(String sql, List<?> params, Row<T> row) {
        RequestGuard.check();
        Connection[] shared = SHARED.get();
        Connection c = null;
        try {
            if (shared == null) {
                c = dataSource().getConnection();
            } else {
                if (shared[0] == null) {
                    shared[0] = dataSource().getConnection();
                }
                c = shared[0];
            }
            return list(c, sql, params, row);
        } catch (SQLException e) {
            throw Incidents.translate(e, "reading");
        } finally {
            if (shared == null) {
                returned(c);
            }
        }
    }

    private <T> List<T> list(Connection c, String sql, List<?> params, Row<T> row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            counted();
            for (int i = 0; i < params.size(); i++) {
                bind(c, ps, i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
                return rows;
            }
        }
    }

    /**
     * The values of a child table per parent, in the children's order ({@code select fact_id, column from table where
     * fact_id = any(?) order by fact_id, position}), in one statement; an empty list for a parent without any.
     *
     * @param table and column are names from the code, never from input
     */
    public <T> Map<Long, List<T>> orderedPerParent(String table, String column, Collection<Long> parentIds, Class<T> type) {
        return orderedPerParent(table, "fact_id", column, parentIds, type);
    }

    /** {@link #orderedPerParent(String, String, Collection, Class)} with another parent column ({@code citation_id}). */
    public <T> Map<Long, List<T>> orderedPerParent(String table, String parentColumn, String column, Collection<Long> parentIds,
            Class<T> type) {
        Map<Long, List<T>> result = new java.util.LinkedHashMap<>();
        parentIds.forEach(id -> result.put(id, new ArrayList<>()));
        if (!parentIds.isEmpty()) {
            list("select " + parentColumn + ", " + column + " from " + table + " where " + parentColumn + " = any(?) order by "
                    + parentColumn + ", position",
                    List.of(ids(parentIds)), rs -> Map.entry(rs.getLong(1), rs.getObject(2, type)))
                    .forEach(e -> result.get(e.getKey()).add(e.getValue()));
        }
        return result;
    }

    /** A statement with named parameters as JDBC takes it: {@code ?} in their places, and their names in order. */
    private record Positional(String sql, List<String> names) {
        static Positional of(String sql) {
            List<String> names = new ArrayList<>();
            Matcher m = NAMED.matcher(sql);
            StringBuilder positional = new StringBuilder();
            while (m.find()) {
                names.add(m.group(1));
                m.appendReplacement(positional, "?");
            }
            m.appendTail(positional);
            return new Positional(positional.toString(), List.copyOf(names));
        }
    }

    /** The statements with named parameters seen so far, rewritten once each (the read path runs the same few). */
    private final com.github.benmanes.caffeine.cache.Cache<String, Positional> positional = Caches.build(
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(1_000));

    /** The rows of a statement with named parameters ({@code :name}; each name may occur more than once). */
    public <T> List<T> list(String sql, Map<String, ?> named, Row<T> row) {
        Positional p = positional.get(sql, Positional::of);
        List<Object> params = new ArrayList<>(p.names().size());
        for (String name : p.names()) {
            if (!named.containsKey(name)) {
                throw new IllegalArgumentException("no value for :" + name);
            }
            params.add(named.get(name));
        }
        return list(p.sql(), params, row);
    }

    /** The rows of a statement with named parameters, read by column names. */
    public <T> List<T> listByName(String sql, Map<String, ?> named, NamedRowReader<T> reader) {
        NamedRow[] row = new NamedRow[1];
        return list(sql, named, rs -> {
            if (row[0] == null) {
                row[0] = new NamedRow(rs);
            }
            row[0].next();
            return reader.read(row[0]);
        });
    }

    private static void bind(Connection c, PreparedStatement ps, int index, Object value) throws SQLException {
        if (value instanceof SqlArray a) {
            ps.setArray(index, c.createArrayOf(a.elementType(), a.values().toArray()));
        } else if (value instanceof Enum<?> e) {
            ps.setString(index, e.name());
        } else {
            ps.setObject(index, value);
        }
    }

    private void counted() {
        StatisticsImplementor stats = (StatisticsImplementor) sessionFactory.getStatistics();
        if (stats.isStatisticsEnabled()) {
            stats.prepareStatement();
        }
    }

    private DataSource dataSource() {
        if (!replicaConfig.configured() || !ReadRouting.anonymousHttpRequest()) {
            return primary;
        }
        DataSource r = replica;
        if (r == null) {
            r = replica = dataSources.select(AgroalDataSource.class, new io.quarkus.agroal.DataSource.DataSourceLiteral("replica")).get();
        }
        return r;
    }
}
