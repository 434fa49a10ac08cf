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

    /** The sources of the given ids, in one statement. */
    public Map<Long, Source> findByIds(Collection<Long> ids) {
        Map<Long, Source> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        db.list("select id, name, kind, country_code, url, description, version, created_at, updated_at from source where id = any(?)",
                List.of(ReadDatabase.ids(ids)), rs -> new Source(String.valueOf(rs.getLong(1)), rs.getString(2), SourceKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getObject(8, OffsetDateTime.class),
                        rs.getObject(9, OffsetDateTime.class)))
                .forEach(s -> result.put(Long.valueOf(s.id()), s));
        return result;
    }
}
