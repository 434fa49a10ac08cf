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
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
     * A row read by column name. A reader asks for the same columns in much the same order on every row, so the k-th
     * name asked for is remembered with its column and then only compared; a row that reads another way (a null
     * period skips its precision) finds its names in a map. The driver's own lookup of a name (which tries its lower-
     * and upper-case forms) costs more than reading the value, and runs once per name and SQL text: the map is kept
     * with the statement's SQL and shared by all its result sets.
     */
    public static final class NamedRow {
        private final ResultSet rs;
        private final List<String> names = new ArrayList<>();
        private final List<Integer> columns = new ArrayList<>();
        /** The statement's column numbers by name, shared by every result set of its SQL (the driver's map is one per result set). */
        private final Map<String, Integer> byName;
        private int asked;

        NamedRow(ResultSet rs, Map<String, Integer> byName) {
            this.rs = rs;
            this.byName = byName;
        }

        void next() {
            asked = 0;
        }

        private int column(String name) throws SQLException {
            int k = asked++;
            if (k < names.size() && names.get(k).equals(name)) {
                return columns.get(k);
            }
            Integer column = byName.get(name);
            if (column == null) {
                column = rs.findColumn(name);
                byName.put(name, column);
            }
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

    /** Readers' round trips to the database: one per statement, or one for the statements {@link #together} sends. */
    private Counter roundTrips;

    @Inject
    void metrics(MeterRegistry registry) {
        roundTrips = Counter.builder("newsroom.read.round.trips")
                .description("Round trips of readers' statements to the database (statements sent together share one)").register(registry);
    }

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
     * work ends: one borrowing per request, not per statement. The pool checks only connections that were idle a while
     * ({@code foreground-validation-interval}), not every one it hands out (a round trip each), so a connection in
     * use when the database restarted or cut it is found dead by a statement: the work, a read, runs again on another
     * connection and the dead one is dropped from the pool, as many times as the pool holds connections. Statements on
     * other threads borrow their own.
     */
    public <T> T oneConnection(java.util.function.Supplier<T> work) {
        if (SHARED.get() != null) {
            return work.get();
        }
        for (int attempt = 1;; attempt++) {
            Connection[] shared = new Connection[1];
            SHARED.set(shared);
            try {
                return work.get();
            } catch (ConnectionLost e) {
                drop(shared[0]);
                shared[0] = null;
                if (attempt > primary.getConfiguration().connectionPoolConfiguration().maxSize()) {
                    throw e;
                }
            } finally {
                SHARED.remove();
                returned(shared[0]);
            }
        }
    }

    /**
     * A statement found its connection cut (the server restarted or ended the session): {@code DATABASE_UNAVAILABLE}
     * for a client, and for {@link #oneConnection} a reason to run its read again on another connection.
     */
    public static final class ConnectionLost extends DatabaseUnavailableException {
        ConnectionLost() {
            super(DatabaseUnavailableException.TRY_AGAIN);
        }
    }

    /** Whether a statement's failure means its connection is gone: a broken link (08…) or the server ended it (57P01–3). */
    private static boolean lost(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }

    /** Drops a dead connection: aborted, the pool destroys it when it comes back instead of handing it out again. */
    private static void drop(Connection c) {
        if (c != null) {
            try {
                c.abort(Runnable::run);
            } catch (SQLException | RuntimeException e) {
                // aborted all the same: the pool marks it to be destroyed
            }
            returned(c);
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

    /**
     * Where a first pass of {@link #together} stopped: at a statement it gathered for the shared round trip. Stackless;
     * {@link ErrorBoundary} lets it through untouched.
     */
    public static final class Gathered extends RuntimeException {
        private static final Gathered INSTANCE = new Gathered();

        private Gathered() {
            super("gathered for a shared round trip", null, false, false);
        }
    }

    /** A statement gathered by a first pass, with the row reader of that pass. */
    private record Pending(String sql, List<?> params, Row<?> row) {
    }

    /** The rows of a statement read in a shared round trip, for its second pass to take. */
    private record Fetched(List<?> params, List<?> rows) {
    }

    /** A {@link #together} on this thread: gathering first statements, then handing out their rows. */
    private static final class Together {
        List<Pending> gathered = new ArrayList<>();
        final Map<String, java.util.ArrayDeque<Fetched>> fetched = new java.util.HashMap<>();
    }

    private static final ThreadLocal<Together> TOGETHER = new ThreadLocal<>();

    /** What a first pass of {@link #together} did. */
    public enum FirstPass {
        /** It stopped at a statement, gathered for the shared round trip. */
        GATHERED,
        /** It ran to its end without a statement (a computed value): a second first pass would gain nothing. */
        NO_STATEMENT,
        /** It failed before any statement: its second pass meets the failure again and reports it. */
        FAILED
    }

    /**
     * Sends the first statements of several independent pieces of work to the database in one round trip, then runs
     * the work. Each first pass runs a piece until its first statement, which is gathered instead of sent (the pass
     * stops there, {@link Gathered}); the gathered statements then go to the server together — one message, one
     * reply, one wake-up on each side instead of one per statement — and {@code work} runs with their rows waiting:
     * a statement equal to a gathered one (same SQL, same values) takes its rows instead of a round trip. The first
     * passes must have no effect beyond what their second runs would repeat (reads; a plan's level of resolvers).
     *
     * @param firstPasses the pieces, each run until its first statement; what each did, in their order, is returned
     *            through {@code passes}
     */
    public <T> T together(List<Runnable> firstPasses, List<FirstPass> passes, java.util.function.Supplier<T> work) {
        if (TOGETHER.get() != null || firstPasses.size() < 2) {
            return work.get();
        }
        Together together = new Together();
        TOGETHER.set(together);
        try {
            for (Runnable pass : firstPasses) {
                passes.add(firstPass(pass));
            }
            List<Pending> gathered = together.gathered;
            together.gathered = null;
            if (gathered.size() > 1) {
                fetchTogether(gathered, together);
            }
            return work.get();
        } finally {
            TOGETHER.remove();
        }
    }

    private static FirstPass firstPass(Runnable pass) {
        try {
            pass.run();
            return FirstPass.NO_STATEMENT;
        } catch (Gathered g) {
            return FirstPass.GATHERED;
        } catch (RequestStoppedException e) {
            throw e;
        } catch (RuntimeException e) {
            return FirstPass.FAILED;
        }
    }

    /**
     * Runs gathered statements in one round trip (one composite statement) and keeps their rows for their second
     * passes. Equal statements (the same SQL and values: fields that share a memo gather the same read) are sent once,
     * and each row is read by the reader of each.
     */
    private void fetchTogether(List<Pending> gathered, Together together) {
        List<List<Pending>> distinct = new ArrayList<>(gathered.size());
        for (Pending p : gathered) {
            List<Pending> equal = null;
            for (List<Pending> d : distinct) {
                if (d.get(0).sql().equals(p.sql()) && sameValues(d.get(0).params(), p.params())) {
                    equal = d;
                    break;
                }
            }
            if (equal == null) {
                distinct.add(equal = new ArrayList<>(1));
            }
            equal.add(p);
        }
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (List<Pending> d : distinct) {
            sql.append(sql.isEmpty() ? "" : ";\n").append(d.get(0).sql());
            params.addAll(d.get(0).params());
        }
        onConnection(c -> {
            try (PreparedStatement ps = prepared(c, sql.toString(), params, distinct.size())) {
                boolean hasRows = ps.execute();
                for (List<Pending> d : distinct) {
                    if (!hasRows) {
                        throw new SQLException("a gathered statement returned no rows");
                    }
                    List<List<Object>> rows = new ArrayList<>(d.size());
                    d.forEach(p -> rows.add(new ArrayList<>()));
                    try (ResultSet rs = ps.getResultSet()) {
                        while (rs.next()) {
                            for (int i = 0; i < d.size(); i++) {
                                rows.get(i).add(d.get(i).row().read(rs));
                            }
                        }
                    }
                    for (int i = 0; i < d.size(); i++) {
                        Pending p = d.get(i);
                        together.fetched.computeIfAbsent(p.sql(), k -> new java.util.ArrayDeque<>()).add(new Fetched(p.params(), rows.get(i)));
                    }
                    hasRows = ps.getMoreResults();
                }
                return null;
            }
        });
    }

    /** The rows of a gathered statement equal to this one, taken once; null when there is none. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> fetched(Together together, String sql, List<?> params) {
        java.util.ArrayDeque<Fetched> waiting = together.fetched.get(sql);
        if (waiting == null) {
            return null;
        }
        for (java.util.Iterator<Fetched> i = waiting.iterator(); i.hasNext();) {
            Fetched f = i.next();
            if (sameValues(f.params(), params)) {
                i.remove();
                return (List<T>) f.rows();
            }
        }
        return null;
    }

    private static boolean sameValues(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!java.util.Objects.deepEquals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Work with a connection: the request's shared one ({@link #oneConnection}) or one borrowed for it. */
    @FunctionalInterface
    private interface OnConnection<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T onConnection(OnConnection<T> work) {
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
        } catch (SQLException e) {
            throw Incidents.translate(e, "reading"); // no connection to be had: not one to try again
        }
        boolean dead = false;
        try {
            return work.run(c);
        } catch (SQLException e) {
            dead = lost(e);
            if (shared != null && dead) {
                throw new ConnectionLost();
            }
            throw Incidents.translate(e, "reading");
        } finally {
            if (shared == null) {
                if (dead) {
                    drop(c);
                } else {
                    returned(c);
                }
            }
        }
    }

    /** The rows of a statement with positional parameters ({@code ?}). */
    public <T> List<T> list(String sql, List<?> params, Row<T> row) {
        Together together = TOGETHER.get();
        if (together != null) {
            if (together.gathered != null) {
                together.gathered.add(new Pending(sql, params, row));
                throw Gathered.INSTANCE;
            }
            List<T> rows = fetched(together, sql, params);
            if (rows != null) {
                return rows;
            }
        }
        return onConnection(c -> list(c, sql, params, row));
    }

    private static <T> List<T> rows(ResultSet rs, Row<T> row) throws SQLException {
        List<T> rows = new ArrayList<>();
        while (rs.next()) {
            rows.add(row.read(rs));
        }
        return rows;
    }

    private <T> List<T> list(Connection c, String sql, List<?> params, Row<T> row) throws SQLException {
        try (PreparedStatement ps = prepared(c, sql, params, 1)) {
            try (ResultSet rs = ps.executeQuery()) {
                return rows(rs, row);
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
    private record Positional(String sql, List<String> names, Map<String, Integer> columns) {
        static Positional of(String sql) {
            List<String> names = new ArrayList<>();
            Matcher m = NAMED.matcher(sql);
            StringBuilder positional = new StringBuilder();
            while (m.find()) {
                names.add(m.group(1));
                m.appendReplacement(positional, "?");
            }
            m.appendTail(positional);
            return new Positional(positional.toString(), List.copyOf(names), new java.util.concurrent.ConcurrentHashMap<>());
        }
    }

    /** The statements with named parameters seen so far, rewritten once each (the read path runs the same few). */
    private final com.github.benmanes.caffeine.cache.Cache<String, Positional> positional = Caches.build(
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(1_000));

    /** The rows of a statement with named parameters ({@code :name}; each name may occur more than once). */
    public <T> List<T> list(String sql, Map<String, ?> named, Row<T> row) {
        return list(positional.get(sql, Positional::of), named, row);
    }

    private <T> List<T> list(Positional p, Map<String, ?> named, Row<T> row) {
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
        Positional p = positional.get(sql, Positional::of);
        NamedRow[] row = new NamedRow[1];
        return list(p, named, rs -> {
            if (row[0] == null) {
                row[0] = new NamedRow(rs, p.columns());
            }
            row[0].next();
            return reader.read(row[0]);
        });
    }

    /** A statement (or {@code statements} sent together) prepared with its values bound: counted, one round trip. */
    private PreparedStatement prepared(Connection c, String sql, List<?> params, int statements) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < statements; i++) {
            counted();
        }
        roundTrips.increment();
        for (int i = 0; i < params.size(); i++) {
            bind(c, ps, i + 1, params.get(i));
        }
        return ps;
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
