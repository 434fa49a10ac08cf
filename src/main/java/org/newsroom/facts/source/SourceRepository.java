package org.newsroom.facts.source;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Queries of sources. Lists are ordered by lower-case name, then id (index source_order_idx); the name
 * search is a substring match served by the trigram index source_name_trgm_idx.
 */
@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<SourceEntity, Long> {

    public List<SourceEntity> listByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** A page of sources matching a name substring and kind, after the keyset (lower(name), id). */
    public List<SourceEntity> findPageMatching(String search, SourceKind kind, String afterName, Long afterId, int limit) {
        Parameters params = new Parameters();
        StringBuilder where = matching(search, kind, params);
        if (afterId != null) {
            where.append(" and (lower(name) > :afterName or (lower(name) = :afterName and id > :afterId))");
            params.and("afterName", afterName).and("afterId", afterId);
        }
        return find(where + " order by lower(name), id", params).page(0, limit).list();
    }

    public long countMatching(String search, SourceKind kind) {
        Parameters params = new Parameters();
        return count(matching(search, kind, params).toString(), params);
    }

    public SourceEntity findByName(String name) {
        return find("lower(name) = lower(?1)", name.trim()).firstResult();
    }

    private static StringBuilder matching(String search, SourceKind kind, Parameters params) {
        StringBuilder where = new StringBuilder("true");
        if (search != null && !search.isBlank()) {
            where.append(" and lower(name) like :search escape '!'");
            params.and("search", "%" + search.trim().toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", kind);
        }
        return where;
    }
}
