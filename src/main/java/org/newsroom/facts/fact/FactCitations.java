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
    FactPaging paging;

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
            if (in.chainSourceIds != null) {
                for (int j = 0; j < in.chainSourceIds.size(); j++) {
                    c.chain.add(Long.valueOf(sources.require(in.chainSourceIds.get(j), path + ".chainSourceIds[" + j + "]").id()));
                }
            }
            c.archiveUrl = blankToNull(in.archiveUrl);
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
        return attribution(List.of(views(List.of(c), Map.of(c.id, c.chain), sources::byIds).get(0))).replaceFirst("^according to ", "");
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

    /**
     * The citations of the given ids the caller may see: those of facts it may see, and the evidence of a pending
     * correction only to editors and chiefs; three statements whatever the number.
     */
    public Map<Long, Citation> visibleByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<CitationEntity> rows = citations.findByIds(ids);
        java.util.Set<Long> facts = access.byIds(rows.stream().map(c -> c.factId).distinct().toList()).keySet();
        boolean editor = access.seesDrafts();
        return byId(rows.stream().filter(c -> facts.contains(c.factId) && (c.active || editor)).toList());
    }

    /** Citations by id (also inactive evidence), in two statements. */
    public Map<Long, Citation> citationsByIds(Collection<Long> ids) {
        return byId(citations.findByIds(ids));
    }

    /** The views of stored citations by id, their chains and sources loaded at once. */
    private Map<Long, Citation> byId(List<CitationEntity> rows) {
        List<Citation> views = views(rows, citations.findChains(rows.stream().map(c -> c.id).toList()), sources::byIds);
        Map<Long, Citation> result = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            result.put(rows.get(i).id, views.get(i));
        }
        return result;
    }

    /** The views of stored citations, their sources (source, via, chain) loaded at once by {@code load}. */
    private static List<Citation> views(List<CitationEntity> rows, Map<Long, List<Long>> chains,
            Function<Collection<Long>, Map<Long, Source>> load) {
        Map<Long, Source> byId = load.apply(Stream.concat(rows.stream().flatMap(c -> Stream.of(c.sourceId, c.viaSourceId)),
                chains.values().stream().flatMap(List::stream)).filter(x -> x != null).collect(Collectors.toSet()));
        return rows.stream().map(c -> new Citation(String.valueOf(c.id), byId.get(c.sourceId),
                c.viaSourceId == null ? null : byId.get(c.viaSourceId), chains.getOrDefault(c.id, List.of()).stream().map(byId::get).toList(),
                new CitationDetails(c.title, c.url, c.publishedOn, c.accessedOn, c.quote, c.archiveUrl))).toList();
    }

    /**
     * The citations of each fact within the caller's transaction (Hibernate: it sees what the transaction wrote), in
     * two statements whatever the number of facts, and once per request.
     */
    public Map<Long, List<Citation>> citationsOf(Collection<Long> factIds) {
        Map<Long, Object> keys = new LinkedHashMap<>();
        factIds.forEach(id -> keys.put(id, id));
        return memoized(keys, missing -> {
            List<CitationEntity> rows = citations.findActiveByFacts(missing);
            List<Citation> views = views(rows, citations.findChains(rows.stream().map(c -> c.id).toList()), sources::byIds);
            Map<Long, List<Citation>> loaded = Batched.emptyLists(missing);
            for (int i = 0; i < rows.size(); i++) {
                loaded.get(rows.get(i).factId).add(views.get(i));
            }
            return loaded;
        });
    }

    /**
     * The citations of each fact as readers see them — committed rows, plain JDBC, no persistence context — in two
     * statements whatever the number of facts (the citations' sources from an index that holds them, with the chains
     * of the few chained ones; then their sources), and once per request ({@code citations} and {@code attribution}).
     * Their details are read when asked ({@link #detailsOf}).
     */
    public Map<Long, List<Citation>> readCitations(List<Fact> facts) {
        Map<Long, Object> keys = new LinkedHashMap<>();
        facts.forEach(f -> keys.put(f.factId(), f.factId() + "@" + f.getVersion()));
        return memoized(keys, missing -> {
            List<CitationReadRepository.ReadCitation> rows = reads.findActiveByFacts(missing);
            Set<Long> sourceIds = new java.util.HashSet<>(); // a loop, not streams: this runs for every fact of a page
            for (CitationReadRepository.ReadCitation r : rows) {
                sourceIds.add(r.cited().sourceId());
                if (r.cited().viaSourceId() != null) {
                    sourceIds.add(r.cited().viaSourceId());
                }
                sourceIds.addAll(r.chain());
            }
            Map<Long, Source> byId = sources.readByIds(sourceIds);
            Map<Long, List<Citation>> loaded = Batched.emptyLists(missing);
            Function<Long, Source> source = byId::get;
            for (CitationReadRepository.ReadCitation r : rows) {
                loaded.get(r.cited().factId()).add(view(r.cited(), r.chain(), source, null));
            }
            return loaded;
        });
    }

    /**
     * The details of the citations (title, url, dates, quote, archive copy), in their order: those their views carry,
     * the others read in one statement, once per request for the six fields that ask.
     */
    public List<CitationDetails> detailsOf(List<Citation> cited) {
        Map<Long, CitationDetails> known = memo.details();
        List<Long> missing = cited.stream().filter(c -> c.details() == null).map(c -> Long.valueOf(c.id()))
                .filter(id -> !known.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            known.putAll(reads.findDetails(missing));
        }
        return cited.stream().map(c -> c.details() != null ? c.details() : known.get(Long.valueOf(c.id()))).toList();
    }

    /** A citation's view from its row, its chain, its sources (by id: now or as they were named then) and its details, if read. */
    static Citation view(CitationReadRepository.CitedSources c, List<Long> chain, Function<Long, Source> source, CitationDetails details) {
        List<Source> links = List.of(); // most citations have no chain
        if (!chain.isEmpty()) {
            links = new ArrayList<>(chain.size());
            for (Long id : chain) {
                links.add(source.apply(id));
            }
            links = java.util.Collections.unmodifiableList(links);
        }
        return new Citation(String.valueOf(c.id()), source.apply(c.sourceId()), c.viaSourceId() == null ? null : source.apply(c.viaSourceId()),
                links, details);
    }

    /**
     * The citations of the facts, loading (by {@code load}) only those this request has not loaded yet under their memo
     * keys (the fact's id in writes, id and version for readers).
     */
    private Map<Long, List<Citation>> memoized(Map<Long, Object> keys, Function<List<Long>, Map<Long, List<Citation>>> load) {
        Map<Object, List<Citation>> known = memo.known();
        List<Long> missing = keys.entrySet().stream().filter(e -> !known.containsKey(e.getValue())).map(Map.Entry::getKey).toList();
        if (!missing.isEmpty()) {
            load.apply(missing).forEach((id, list) -> known.put(keys.get(id), list));
        }
        Map<Long, List<Citation>> result = new LinkedHashMap<>();
        keys.forEach((id, key) -> result.put(id, known.get(key)));
        return result;
    }

    /** The first page (newest first) of the published facts citing each source (as source, via or in a chain); one statement. */
    public Map<String, FactConnection> publishedCiting(Collection<String> sourceIds, Integer first, String after) {
        Map<String, FactConnection> result = new LinkedHashMap<>();
        paging.pagePerGroup(CITING, sourceIds, first, after).forEach((id, page) -> result.put(id, new FactConnection(page)));
        return result;
    }

    /** Published facts of any kind whose active citations name the source {@code g.code} as source, via or in a chain. */
    private static final String CITING_CONDITION = "f.id in (select c.fact_id from citation c where c.active and c.source_id = cast(g.code as bigint)"
            + " union all select c.fact_id from citation c where c.active and c.via_source_id = cast(g.code as bigint)"
            + " union all select c.fact_id from citation c join citation_chain cc on cc.citation_id = c.id"
            + " where c.active and cc.source_id = cast(g.code as bigint))";
    private static final FactQuery CITING = FactQuery.perGroup(null, "citing", CITING_CONDITION, "\\d{1,18}")
            .where("f.status = 'PUBLISHED'");

    /**
     * 'according to X, via L, as reported by Y; and Z': every distinct chain of a citation (its source, who passed it on,
     * who reported it), in citation order.
     */
    public static String attribution(List<Citation> cited) {
        Set<String> parts = new LinkedHashSet<>();
        for (Citation c : cited) {
            StringBuilder part = new StringBuilder(c.source().name());
            c.chain().forEach(s -> part.append(", via ").append(s.name()));
            if (c.via() != null) {
                part.append(", as reported by ").append(c.via().name());
            }
            parts.add(part.toString());
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
