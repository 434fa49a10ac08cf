package org.newsroom.facts.delivery;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries of persisted queries (primary key sha256). */
@ApplicationScoped
public class PersistedQueryRepository implements PanacheRepositoryBase<PersistedQueryEntity, String> {

    /** The document stored under the hash, or null. */
    public String findQueryByHash(String sha256) {
        PersistedQueryEntity e = findById(sha256);
        return e == null ? null : e.query;
    }

    /** Stores the document unless another request (of any instance) stored it first. */
    public void insertIfAbsent(String sha256, String query, OffsetDateTime at) {
        getEntityManager().createNativeQuery("insert into persisted_query (sha256, query, created_at) values (?1, ?2, ?3) "
                + "on conflict (sha256) do nothing")
                .setParameter(1, sha256).setParameter(2, query).setParameter(3, at).executeUpdate();
    }
}
