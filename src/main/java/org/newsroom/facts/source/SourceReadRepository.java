package org.newsroom.facts.source;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsroom.facts.shared.ReadDatabase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Readers' queries of sources, straight from JDBC into {@link Source} views. */
@ApplicationScoped
public class SourceReadRepository {

    @Inject
    ReadDatabase db;

    /** The columns of a source view, in {@link #source}'s order. */
    private static final String COLUMNS = "name, kind, country_code, url, description, version, created_at, updated_at";

    /** The sources of the given ids, in one statement. */
    public Map<Long, Source> findByIds(Collection<Long> ids) {
        Map<Long, Source> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        db.list("select id, " + COLUMNS + " from source where id = any(?)", List.of(ReadDatabase.ids(ids)), rs -> source(rs, rs.getLong(1), 2))
                .forEach(s -> result.put(Long.valueOf(s.id()), s));
        return result;
    }

    /**
     * Each source as it was at a revision — its audit row of that revision or the last before it — or as it is now when
     * its audit does not reach back so far; one statement.
     */
    public Map<SourceService.At, Source> findAt(Collection<SourceService.At> keys) {
        Map<SourceService.At, Source> result = new HashMap<>();
        if (keys.isEmpty()) {
            return result;
        }
        List<Long> ids = keys.stream().map(SourceService.At::sourceId).toList();
        List<Long> revisions = keys.stream().map(SourceService.At::revision).toList();
        db.list("select w.id, w.rev, x.* from unnest(?, ?) w(id, rev) cross join lateral ("
                + "(select " + COLUMNS + ", 0 as preference from source_aud a where a.id = w.id and a.rev <= w.rev and a.rev_type <> 2"
                + " order by a.rev desc limit 1) union all (select " + COLUMNS + ", 1 from source s where s.id = w.id)"
                + " order by preference limit 1) x", List.of(ReadDatabase.ids(ids), ReadDatabase.ids(revisions)),
                rs -> Map.entry(new SourceService.At(rs.getLong(1), rs.getLong(2)), source(rs, rs.getLong(1), 3)))
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    /** A source view from the row's columns {@link #COLUMNS}, the first of them at column {@code c}. */
    private static Source source(java.sql.ResultSet rs, long id, int c) throws java.sql.SQLException {
        return new Source(String.valueOf(id), rs.getString(c), SourceKind.valueOf(rs.getString(c + 1)), rs.getString(c + 2),
                rs.getString(c + 3), rs.getString(c + 4), rs.getInt(c + 5), rs.getObject(c + 6, OffsetDateTime.class),
                rs.getObject(c + 7, OffsetDateTime.class));
    }
}
