package org.newsroom.facts.fact;

import java.time.OffsetDateTime;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over facts of every kind: by id, the sync feed and the search. */
@ApplicationScoped
public class FactRepository implements PanacheRepositoryBase<FactEntity, Long> {

    /**
     * The fact of that id, locked for the rest of the transaction ({@code SELECT ... FOR UPDATE}), so that
     * concurrent writers of one fact take turns and each sees the version the previous one committed.
     */
    public FactEntity findByIdForUpdate(long id) {
        return findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /** Stops tracking a fact, so that changes made to it to try them out are never written. */
    public void detach(FactEntity fact) {
        org.hibernate.Hibernate.initialize(fact.placeIds());
        getEntityManager().detach(fact);
    }

    /**
     * Facts changed after an instant, oldest change first, after the keyset (updatedAt, id); drafts only for
     * editors.
     */
    public List<FactEntity> findChangedSince(OffsetDateTime since, OffsetDateTime afterAt, Long afterId, boolean withDrafts,
            int limit) {
        String visible = withDrafts ? "" : " and status in ('PUBLISHED', 'RETRACTED')";
        String keyset = afterId == null ? "" : " and (updatedAt > :afterAt or (updatedAt = :afterAt and id > :afterId))";
        Parameters params = Parameters.with("since", since);
        if (afterId != null) {
            params.and("afterAt", afterAt).and("afterId", afterId);
        }
        return find("updatedAt > :since" + visible + keyset + " order by updatedAt, id", params).page(0, limit).list();
    }

    public long countChangedSince(OffsetDateTime since, boolean withDrafts) {
        String visible = withDrafts ? "" : " and status in ('PUBLISHED', 'RETRACTED')";
        return count("updatedAt > :since" + visible, Parameters.with("since", since));
    }

    /**
     * Facts whose search text holds every word (case-insensitive), most recently changed first, after the
     * keyset (updatedAt, id).
     */
    public List<FactEntity> findMatchingAllWords(List<String> words, OffsetDateTime afterAt, Long afterId, boolean withDrafts,
            int limit) {
        Parameters params = new Parameters();
        StringBuilder where = allWords(words, withDrafts, params);
        if (afterId != null) {
            where.append(" and (updatedAt < :afterAt or (updatedAt = :afterAt and id < :afterId))");
            params.and("afterAt", afterAt).and("afterId", afterId);
        }
        return find(where + " order by updatedAt desc, id desc", params).page(0, limit).list();
    }

    public long countMatchingAllWords(List<String> words, boolean withDrafts) {
        Parameters params = new Parameters();
        return count(allWords(words, withDrafts, params).toString(), params);
    }

    private static StringBuilder allWords(List<String> words, boolean withDrafts, Parameters params) {
        StringBuilder where = new StringBuilder("true");
        for (int i = 0; i < words.size(); i++) {
            where.append(" and lower(searchText) like :w").append(i).append(" escape '!'");
            params.and("w" + i, like(words.get(i)));
        }
        if (!withDrafts) {
            where.append(" and status in ('PUBLISHED', 'RETRACTED')");
        }
        return where;
    }

    private static String like(String word) {
        return "%" + word.toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
