package org.newsroom.facts.revision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.newsroom.facts.fact.FactEntity;
import org.newsroom.facts.shared.CurrentUser;
import org.newsroom.facts.shared.ForbiddenException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The history of facts from Hibernate Envers: every revision of each fact with who, when, what kind of change
 * and which fields changed. Envers records which properties each revision modified (its modified flags); the
 * values before and after come from the stored states.
 */
@ApplicationScoped
public class HistoryService {

    /** Envers property name → the input path prefix it is shown under: what every kind has (the kinds add theirs). */
    private static final Map<String, List<String>> COMMON_FIELDS = Map.ofEntries(
            Map.entry("status", List.of("status")), Map.entry("verification", List.of("verification")),
            Map.entry("notes", List.of("notes")), Map.entry("modality", List.of("modality")), Map.entry("asOf", List.of("asOf")));

    @Inject
    EntityManager em;

    @Inject
    org.newsroom.facts.fact.FactKinds kinds;

    @Inject
    CurrentUser user;

    /** The revisions of each fact, oldest first; editors and chiefs only (FORBIDDEN for readers). */
    public Map<Long, List<Revision>> historyOf(Collection<Long> factIds) {
        if (!user.isEditor()) {
            throw new ForbiddenException("The history of a fact is for editors and chiefs; readers see its correction notes");
        }
        return revisionsOf(factIds);
    }

    /** The revisions of each fact, oldest first, whoever asks (for what changed since a page printed a fact). */
    Map<Long, List<Revision>> revisionsOf(Collection<Long> factIds) {
        Map<Long, List<Revision>> result = new LinkedHashMap<>();
        factIds.forEach(id -> result.put(id, new ArrayList<>()));
        if (factIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntityWithChanges(FactEntity.class, true)
                .add(AuditEntity.id().in(factIds))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        Map<Long, TreeMap<Long, List<Long>>> places = placesByRevision(factIds);
        Map<Long, Map<String, String>> previous = new HashMap<>();
        Map<String, List<String>> propertyFields = new HashMap<>(kinds.historyPaths());
        propertyFields.putAll(COMMON_FIELDS);
        for (Object[] row : rows) {
            FactEntity state = (FactEntity) row[0];
            RevisionEntity rev = (RevisionEntity) row[1];
            @SuppressWarnings("unchecked")
            Set<String> changed = (Set<String>) row[3];
            Map<String, String> fields = state.historyFields(placesAt(places.get(state.id), rev.id));
            Map<String, String> before = row[2] == RevisionType.ADD ? Map.of() : previous.getOrDefault(state.id, Map.of());
            List<FieldChange> changes = new ArrayList<>();
            for (Map.Entry<String, String> f : fields.entrySet()) {
                String old = before.get(f.getKey());
                boolean flagged = row[2] == RevisionType.ADD || changed.stream()
                        .map(p -> propertyFields.getOrDefault(p, List.of()))
                        .anyMatch(prefixes -> prefixes.stream().anyMatch(pre -> f.getKey().equals(pre) || f.getKey().startsWith(pre + ".")
                                || f.getKey().startsWith(pre + "[")));
                if (flagged && !java.util.Objects.equals(old, f.getValue())) {
                    changes.add(new FieldChange(f.getKey(), old, f.getValue()));
                }
            }
            previous.put(state.id, fields);
            result.get(state.id).add(new Revision(state.version, rev.at, rev.by, rev.action, changes, rev.note, rev.byId));
        }
        return result;
    }

    /**
     * The places of each deployment at each revision that changed them, replayed from Envers' collection audit
     * rows: a revision's rows remove (DEL) and add (ADD) places at positions of the list.
     */
    private Map<Long, TreeMap<Long, List<Long>>> placesByRevision(Collection<Long> factIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select fact_id, rev, place_id, position, rev_type from deployment_place_aud
                where fact_id = any(cast(:ids as bigint[])) order by fact_id, rev, rev_type desc, position
                """).setParameter("ids", "{" + factIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + "}")
                .getResultList();
        Map<Long, TreeMap<Long, List<Long>>> result = new HashMap<>();
        Map<Long, TreeMap<Integer, Long>> current = new HashMap<>();
        for (Object[] r : rows) {
            long fact = ((Number) r[0]).longValue();
            long rev = ((Number) r[1]).longValue();
            long place = ((Number) r[2]).longValue();
            int position = ((Number) r[3]).intValue();
            TreeMap<Integer, Long> state = current.computeIfAbsent(fact, k -> new TreeMap<>());
            if (((Number) r[4]).intValue() == RevisionType.DEL.getRepresentation()) {
                state.remove(position, place);
            } else {
                state.put(position, place);
            }
            result.computeIfAbsent(fact, k -> new TreeMap<>()).put(rev, List.copyOf(state.values()));
        }
        return result;
    }

    private static List<Long> placesAt(TreeMap<Long, List<Long>> states, long rev) {
        if (states == null) {
            return List.of();
        }
        Map.Entry<Long, List<Long>> at = states.floorEntry(rev);
        return at == null ? List.of() : at.getValue();
    }
}
