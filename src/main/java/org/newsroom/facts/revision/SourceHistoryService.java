package org.newsroom.facts.revision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.newsroom.facts.fact.RevisionAction;
import org.newsroom.facts.shared.CurrentUser;
import org.newsroom.facts.shared.ForbiddenException;
import org.newsroom.facts.source.SourceEntity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The history of sources from Hibernate Envers: every revision with who, when and which fields changed (renames included). */
@ApplicationScoped
public class SourceHistoryService {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    /** The revisions of each source, oldest first, in one query; editors and chiefs only (FORBIDDEN for readers). */
    public Map<Long, List<Revision>> historyOf(Collection<Long> sourceIds) {
        if (!user.isEditor()) {
            throw new ForbiddenException("The history of a source is for editors and chiefs");
        }
        Map<Long, List<Revision>> result = new LinkedHashMap<>();
        sourceIds.forEach(id -> result.put(id, new ArrayList<>()));
        if (sourceIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery().forRevisionsOfEntity(SourceEntity.class, false, true)
                .add(AuditEntity.id().in(sourceIds)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        Map<Long, Map<String, String>> previous = new HashMap<>();
        for (Object[] row : rows) {
            SourceEntity state = (SourceEntity) row[0];
            RevisionEntity rev = (RevisionEntity) row[1];
            Map<String, String> fields = fields(state);
            Map<String, String> before = previous.getOrDefault(state.id, Map.of());
            List<FieldChange> changes = new ArrayList<>();
            fields.forEach((field, value) -> {
                if (!Objects.equals(before.get(field), value)) {
                    changes.add(new FieldChange(field, before.get(field), value));
                }
            });
            previous.put(state.id, fields);
            RevisionAction action = row[2] == RevisionType.ADD ? RevisionAction.CREATED : RevisionAction.EDITED;
            result.get(state.id).add(new Revision(state.version, rev.at, rev.by, action, changes, rev.note, rev.byId));
        }
        return result;
    }

    private static Map<String, String> fields(SourceEntity s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", s.name);
        m.put("kind", s.kind == null ? null : s.kind.name());
        m.put("country", s.countryCode);
        m.put("url", s.url);
        m.put("description", s.description);
        return m;
    }
}
