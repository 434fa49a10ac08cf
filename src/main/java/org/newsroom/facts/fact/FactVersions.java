package org.newsroom.facts.fact;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.newsroom.facts.shared.ReadDatabase;
import org.newsroom.facts.source.Source;
import org.newsroom.facts.source.SourceService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Facts at past versions, rebuilt from the audit: the state a version was saved with ({@code fact_aud}), the names its
 * sources had then ({@code source_aud}), the citations that counted then and the public notes up to it — five
 * statements whatever the number of versions asked for. Who may see which version is the caller's business.
 */
@ApplicationScoped
public class FactVersions {

    /** A fact at one of its versions. */
    public record Key(long factId, int version) {
    }

    /** The versions of a fact after {@code after} up to {@code upTo}. */
    public record Span(long factId, int after, int upTo) {
    }

    /**
     * A fact as one of its versions read.
     *
     * @param fact the state saved with the version, a transient entity whose printed names are those of then
     * @param savedAt when the version was saved
     * @param currentVersion the fact's version now
     * @param citations the citations that counted then, their sources as named then
     * @param notes the public correction notes up to this version, newest first
     */
    public record Past(FactEntity fact, OffsetDateTime savedAt, int currentVersion, List<Citation> citations, List<CorrectionNote> notes) {

        /** The version's view: its summary and fields as they read then. */
        public Fact view() {
            return fact.toView();
        }

        /** The attribution as printed then. */
        public String attribution() {
            return FactCitations.attribution(citations);
        }
    }

    @Inject
    ReadDatabase db;

    @Inject
    FactKinds kinds;

    @Inject
    CitationReadRepository reads;

    @Inject
    SourceService sources;

    /** The given versions that exist, with all they printed; a key without such a version is left out. */
    public Map<Key, Past> at(Collection<Key> keys) {
        Map<Key, Past> result = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return result;
        }
        record Row(FactEntity fact, long revision, OffsetDateTime savedAt, int currentVersion) {
        }
        Map<Key, Row> rows = new LinkedHashMap<>();
        db.listByName("select f.*" + kinds.readColumns() + ", r.at as saved_at, (select x.version from fact x where x.id = f.id) as current_version"
                + " from unnest(:ids, :versions) w(fact_id, version) cross join lateral (select a.* from fact_aud a where a.id = w.fact_id"
                + " and a.version = w.version order by a.rev desc limit 1) f join revision r on r.id = f.rev",
                Map.of("ids", ReadDatabase.ids(keys.stream().map(Key::factId).toList()), "versions", CitationReadRepository.versions(keys)),
                rs -> {
                    FactEntity e = kinds.newEntity(rs.string("kind"));
                    e.read(rs);
                    return new Row(e, rs.longValue("rev"), rs.object("saved_at", OffsetDateTime.class), rs.intValue("current_version"));
                }).forEach(r -> rows.put(new Key(r.fact().id, r.fact().version), r));
        if (rows.isEmpty()) {
            return result;
        }
        List<Map.Entry<Key, CitationReadRepository.CitationRow>> cited = reads.findCountingAt(rows.keySet());
        Map<Long, List<Long>> chains = reads.findChains(cited.stream().map(e -> e.getValue().id()).toList());
        // every source printed then, at the revision of the version that printed it
        Set<SourceService.At> wanted = new HashSet<>();
        rows.values().forEach(r -> r.fact().printedSources().keySet().forEach(s -> wanted.add(new SourceService.At(s, r.revision()))));
        for (Map.Entry<Key, CitationReadRepository.CitationRow> e : cited) {
            long revision = rows.get(e.getKey()).revision();
            CitationReadRepository.CitedSources c = e.getValue().cited();
            wanted.add(new SourceService.At(c.sourceId(), revision));
            if (c.viaSourceId() != null) {
                wanted.add(new SourceService.At(c.viaSourceId(), revision));
            }
            chains.get(c.id()).forEach(s -> wanted.add(new SourceService.At(s, revision)));
        }
        Map<SourceService.At, Source> named = sources.readAt(wanted);
        Map<Key, List<Citation>> citations = new LinkedHashMap<>();
        rows.keySet().forEach(k -> citations.put(k, new java.util.ArrayList<>()));
        for (Map.Entry<Key, CitationReadRepository.CitationRow> e : cited) {
            long revision = rows.get(e.getKey()).revision();
            citations.get(e.getKey()).add(FactCitations.view(e.getValue().cited(), chains.get(e.getValue().id()),
                    id -> named.get(new SourceService.At(id, revision)), e.getValue().details()));
        }
        Map<Span, List<CorrectionNote>> notes = notesIn(rows.keySet().stream().map(k -> new Span(k.factId(), 0, k.version())).toList());
        rows.forEach((key, r) -> {
            for (Map.Entry<Long, Consumer<String>> printed : r.fact().printedSources().entrySet()) {
                Source then = named.get(new SourceService.At(printed.getKey(), r.revision()));
                if (then != null) {
                    printed.getValue().accept(then.name());
                }
            }
            result.put(key, new Past(r.fact(), r.savedAt(), r.currentVersion(), citations.get(key),
                    notes.get(new Span(key.factId(), 0, key.version()))));
        });
        return result;
    }

    /** The public correction notes that came with each span's versions, newest first; one statement. */
    public Map<Span, List<CorrectionNote>> notesIn(Collection<Span> spans) {
        Map<Span, List<CorrectionNote>> result = new LinkedHashMap<>();
        spans.forEach(s -> result.put(s, new java.util.ArrayList<>()));
        reads.findNotesIn(spans).forEach(e -> result.get(e.getKey()).add(e.getValue()));
        return result;
    }
}
