package org.newsroom.facts.correction;

import java.time.OffsetDateTime;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/** Queries of corrections: newest or oldest first, optionally of one status (indexes correction_list_idx, correction_status_idx, correction_author_idx). */
@ApplicationScoped
public class CorrectionRepository implements PanacheRepositoryBase<CorrectionEntity, Long> {

    public CorrectionEntity findByIdForUpdate(long id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A page of corrections, newest first, after the keyset (submittedAt, id). */
    public List<CorrectionEntity> findPageNewestFirst(CorrectionStatus status, String author, OffsetDateTime afterAt, Long afterId, int limit) {
        return findPage(status, author, afterAt, afterId, limit, "<", "desc");
    }

    /** A page of corrections, oldest first (the review queue), after the keyset (submittedAt, id). */
    public List<CorrectionEntity> findPageOldestFirst(CorrectionStatus status, String author, OffsetDateTime afterAt, Long afterId, int limit) {
        return findPage(status, author, afterAt, afterId, limit, ">", "asc");
    }

    private List<CorrectionEntity> findPage(CorrectionStatus status, String author, OffsetDateTime afterAt, Long afterId, int limit, String beyond,
            String direction) {
        Parameters params = new Parameters();
        StringBuilder where = new StringBuilder(status == null ? "true" : "status = :status");
        if (status != null) {
            params.and("status", status);
        }
        if (author != null) {
            where.append(" and submittedById = :author");
            params.and("author", author);
        }
        if (afterId != null) {
            where.append(" and (submittedAt ").append(beyond).append(" :afterAt or (submittedAt = :afterAt and id ").append(beyond)
                    .append(" :afterId))");
            params.and("afterAt", afterAt).and("afterId", afterId);
        }
        return find(where + " order by submittedAt " + direction + ", id " + direction, params).page(0, limit).list();
    }

    /** How many corrections have the status (any when null) and the author's identity (anyone's when null). */
    public long countWith(CorrectionStatus status, String author) {
        if (author == null) {
            return status == null ? count() : count("status", status);
        }
        return status == null ? count("submittedById", author) : count("status = ?1 and submittedById = ?2", status, author);
    }
}
