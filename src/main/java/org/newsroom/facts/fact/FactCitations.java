package org.newsroom.facts.fact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.newsroom.facts.shared.CurrentUser;
import org.newsroom.facts.shared.InputValidator;
import org.newsroom.facts.shared.Times;
import org.newsroom.facts.source.Source;
import org.newsroom.facts.source.SourceService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Citations of facts: adding them (and a correction's evidence), reading them in batches, and the printed attribution. */
@ApplicationScoped
public class FactCitations {

    @Inject
    CitationRepository citations;

    @Inject
    CitationReadRepository reads;

    @Inject
    CitationMemo memo;

    @Inject
    SourceService sources;

    @Inject
    FactAccess access;

    @Inject
    FactDrafts drafts;

    @Inject
    InputValidator validator;

    @Inject
    CurrentUser user;

    @Transactional
    public Fact addCitation(String factId, CitationInput input) {
        String by = user.requireEditor();
        FactEntity fact = access.require(factId, "factId");
        validator.check("input", input);
        List<CitationEntity> added = addCitations(fact, List.of(input), "input", by);
        drafts.declare(RevisionAction.EDITED, "Citation added: " + describe(added.get(0)));
        drafts.saveEdit(fact, by);
        return fact.toView();
    }

    /**
     * Stores citations of a fact being written in the caller's transaction; the inputs are validated, and their
     * sources must exist (NOT_FOUND on {@code field[i].sourceId}).
     */
    public List<CitationEntity> addCitations(FactEntity fact, List<CitationInput> inputs, String field, String by) {
        List<CitationEntity> added = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            CitationInput in = inputs.get(i);
            String path = inputs.size() == 1 && !field.endsWith("citations") ? field : field + "[" + i + "]";
            CitationEntity c = new CitationEntity();
            c.factId = fact.id;
            c.sourceId = Long.valueOf(sources.require(in.sourceId, path + ".sourceId").id());
            c.viaSourceId = in.viaSourceId == null ? null : Long.valueOf(sources.require(in.viaSourceId, path + ".viaSourceId").id());
            c.title = blankToNull(in.title);
            c.url = blankToNull(in.url);
            c.publishedOn = in.publishedOn;
            c.accessedOn = in.accessedOn;
            c.quote = blankToNull(in.quote);
            c.createdAt = Times.now();
            c.createdBy = by;
            citations.persist(c);
            added.add(c);
            memo.forget();
        }
        return added;
    }

    private String describe(CitationEntity c) {
        Map<Long, Source> byId = sources.byIds(Stream.of(c.sourceId, c.viaSourceId).filter(x -> x != null).toList());
        return attribution(List.of(new Citation("", byId.get(c.sourceId), c.viaSourceId == null ? null : byId.get(c.viaSourceId),
                null, null, null, null, null))).replaceFirst("^according to ", "");
    }

    /** Stores a correction's evidence: a citation of the fact that counts only once {@link #activate}d. */
    public Citation addEvidence(FactEntity fact, CitationInput input, String field, String by) {
        CitationEntity c = addCitations(fact, List.of(input), field, by).get(0);
        c.active = false;
        return citationsByIds(List.of(c.id)).get(c.id);
    }

    /** Makes a correction's evidence count for its fact. */
    public void activate(long citationId) {
        CitationEntity c = citations.findById(citationId);
        if (c != null) {
            c.active = true;
            memo.forget();
        }
    }

    /** How many citations count for a fact (evidence of pending corrections does not). */
    public long countActive(long factId) {
        return citations.countActiveByFact(factId);
    }

    /** Citations by id (also inactive evidence), in two statements. */
    public Map<Long, Citation> citationsByIds(Collection<Long> ids) {
        List<CitationEntity> rows = citations.findByIds(ids);
        Map<Long, Source> byId = sources.byIds(rows.stream()
                .flatMap(c -> Stream.of(c.sourceId, c.viaSourceId)).filter(x -> x != null).collect(Collectors.toSet()));
        Map<Long, Citation> result = new LinkedHashMap<>();
        rows.forEach(c -> result.put(c.id, view(c, byId)));
        return result;
    }

    private static Citation view(CitationEntity c, Map<Long, Source> sourcesById) {
        return new Citation(String.valueOf(c.id), sourcesById.get(c.sourceId), c.viaSourceId == null ? null : sourcesById.get(c.viaSourceId),
                c.title, c.url, c.publishedOn, c.accessedOn, c.quote);
    }

    /**
     * The citations of each fact within the caller's transaction (Hibernate: it sees what the transaction wrote), in
     * two statements whatever the number of facts, and once per request.
     */
    public Map<Long, List<Citation>> citationsOf(Collection<Long> factIds) {
        return memoized(factIds, missing -> {
            List<CitationEntity> rows = citations.findActiveByFacts(missing);
            Map<Long, Source> byId = sources.byIds(rows.stream()
                    .flatMap(c -> Stream.of(c.sourceId, c.viaSourceId)).filter(x -> x != null).collect(Collectors.toSet()));
            Map<Long, List<Citation>> loaded = Batched.emptyLists(missing);
            rows.forEach(c -> loaded.get(c.factId).add(view(c, byId)));
            return loaded;
        });
    }

    /**
     * The citations of each fact as readers see them — committed rows, plain JDBC, no persistence context — in two
     * statements whatever the number of facts, and once per request ({@code citations} and {@code attribution}).
     */
    public Map<Long, List<Citation>> readCitations(Collection<Long> factIds) {
        return memoized(factIds, missing -> {
            List<CitationReadRepository.CitationRow> rows = reads.findActiveByFacts(missing);
            Map<Long, Source> byId = sources.readByIds(rows.stream()
                    .flatMap(c -> Stream.of(c.sourceId(), c.viaSourceId())).filter(x -> x != null).collect(Collectors.toSet()));
            Map<Long, List<Citation>> loaded = Batched.emptyLists(missing);
            rows.forEach(c -> loaded.get(c.factId()).add(new Citation(String.valueOf(c.id()), byId.get(c.sourceId()),
                    c.viaSourceId() == null ? null : byId.get(c.viaSourceId()), c.title(), c.url(), c.publishedOn(), c.accessedOn(), c.quote())));
            return loaded;
        });
    }

    /** The citations of the facts, loading (by {@code load}) only those this request has not loaded yet. */
    private Map<Long, List<Citation>> memoized(Collection<Long> factIds, Function<List<Long>, Map<Long, List<Citation>>> load) {
        Map<Long, List<Citation>> known = memo.known();
        List<Long> missing = factIds.stream().filter(id -> !known.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            known.putAll(load.apply(missing));
        }
        Map<Long, List<Citation>> result = new LinkedHashMap<>();
        factIds.forEach(id -> result.put(id, known.get(id)));
        return result;
    }

    /** 'according to X, as reported by Y, and Z': every distinct source / via pair, in citation order. */
    public static String attribution(List<Citation> cited) {
        Set<String> parts = new LinkedHashSet<>();
        for (Citation c : cited) {
            parts.add(c.via() == null ? c.source().name() : c.source().name() + ", as reported by " + c.via().name());
        }
        if (parts.isEmpty()) {
            return "no source cited yet";
        }
        List<String> list = new ArrayList<>(parts);
        String joined = list.size() == 1 ? list.get(0)
                : String.join("; ", list.subList(0, list.size() - 1)) + (list.size() > 2 ? ";" : "") + " and " + list.get(list.size() - 1);
        return "according to " + joined;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
