package org.newsroom.facts.fact;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.newsroom.facts.shared.ReadDatabase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Readers' queries of what facts carry — citations and public correction notes — straight from JDBC. */
@ApplicationScoped
public class CitationReadRepository {

    /** Which fact a citation is of and its sources (read by the source feature). */
    public record CitedSources(long id, long factId, long sourceId, Long viaSourceId) {
    }

    /** A whole citation row. */
    public record CitationRow(CitedSources cited, CitationDetails details) {
        public long id() {
            return cited.id();
        }
    }

    /** A public correction note of a fact. */
    public record NoteRow(long factId, CorrectionNote note) {
    }

    @Inject
    ReadDatabase db;

    /** A citation as readers' lists read it: its sources, and its chain (source ids in order; most have none). */
    public record ReadCitation(CitedSources cited, List<Long> chain) {
    }

    /**
     * The citations that count for the given facts (not pending evidence), by fact, in the order they were added: their
     * sources only, which {@code citation_cited_idx} holds (an index-only scan, no visit to the rows), and the chains
     * of the few that have one; one statement.
     */
    public List<ReadCitation> findActiveByFacts(Collection<Long> factIds) {
        return factIds.isEmpty() ? List.of()
                : db.list("select " + CITED_COLUMNS + ", case when c.chained then array(select h.source_id from citation_chain h"
                        + " where h.citation_id = c.id order by h.position) end from citation c where c.active and c.fact_id = any(?)"
                        + " order by c.fact_id, c.id",
                        List.of(ReadDatabase.ids(factIds)), rs -> {
                            java.sql.Array chain = rs.getArray(5);
                            return new ReadCitation(cited(rs, 1), chain == null ? List.of() : List.of((Long[]) chain.getArray()));
                        });
    }

    /** The details of the citations of the given ids, by id; one statement. */
    public Map<Long, CitationDetails> findDetails(Collection<Long> ids) {
        Map<Long, CitationDetails> result = new java.util.HashMap<>();
        db.list("select c.id, " + DETAIL_COLUMNS + " from citation c where c.id = any(?)", List.of(ReadDatabase.ids(ids)),
                rs -> Map.entry(rs.getLong(1), details(rs, 2))).forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    /** The chain of each citation (source ids in order); one statement. */
    public java.util.Map<Long, List<Long>> findChains(Collection<Long> citationIds) {
        return db.orderedPerParent("citation_chain", "citation_id", "source_id", citationIds, Long.class);
    }

    /** The public correction notes of the given facts, by fact, newest first. */
    public List<NoteRow> findNotesNewestFirst(Collection<Long> factIds) {
        return factIds.isEmpty() ? List.of()
                : db.list("select fact_id, corrected_at, text from correction_note where fact_id = any(?)"
                        + " order by fact_id, corrected_at desc, id desc", List.of(ReadDatabase.ids(factIds)),
                        rs -> new NoteRow(rs.getLong(1), new CorrectionNote(rs.getObject(2, OffsetDateTime.class), rs.getString(3))));
    }

    /** The columns of {@link CitedSources}, over the alias {@code c}, in its order. */
    private static final String CITED_COLUMNS = "c.id, c.fact_id, c.source_id, c.via_source_id";

    /** The columns of {@link CitationDetails}, over the alias {@code c}, in its order. */
    private static final String DETAIL_COLUMNS = "c.title, c.url, c.published_on, c.accessed_on, c.quote, c.archive_url";

    /** The columns of a {@link CitationRow}, over the alias {@code c}, in its order. */
    private static final String CITATION_COLUMNS = CITED_COLUMNS + ", " + DETAIL_COLUMNS;

    private static CitedSources cited(java.sql.ResultSet rs, int c) throws java.sql.SQLException {
        return new CitedSources(rs.getLong(c), rs.getLong(c + 1), rs.getLong(c + 2), rs.getObject(c + 3, Long.class));
    }

    private static CitationDetails details(java.sql.ResultSet rs, int c) throws java.sql.SQLException {
        return new CitationDetails(rs.getString(c), rs.getString(c + 1), rs.getObject(c + 2, LocalDate.class), rs.getObject(c + 3, LocalDate.class),
                rs.getString(c + 4), rs.getString(c + 5));
    }

    private static CitationRow citation(java.sql.ResultSet rs, int c) throws java.sql.SQLException {
        return new CitationRow(cited(rs, c), details(rs, c + 4));
    }

    /**
     * The citations that counted for each fact at the given version (those that count from that version or an earlier
     * one; a citation the database could not date counts from the first), in the order they were added; one statement.
     */
    public List<Map.Entry<FactVersions.Key, CitationRow>> findCountingAt(Collection<FactVersions.Key> keys) {
        return keys.isEmpty() ? List.of()
                : db.list("select w.version, " + CITATION_COLUMNS + " from unnest(?, ?) w(fact_id, version) join citation c on c.fact_id = w.fact_id"
                        + " and c.active and coalesce(c.counts_from_version, 1) <= w.version order by w.fact_id, w.version, c.id",
                        List.of(ReadDatabase.ids(keys.stream().map(FactVersions.Key::factId).toList()), versions(keys)),
                        rs -> Map.entry(new FactVersions.Key(rs.getLong(3), rs.getInt(1)), citation(rs, 2)));
    }

    /**
     * The public correction notes that came with versions after {@code after} up to {@code upTo} of each fact, newest
     * first; one statement. A note the database could not date came with the first version.
     */
    public List<Map.Entry<FactVersions.Span, CorrectionNote>> findNotesIn(Collection<FactVersions.Span> spans) {
        return spans.isEmpty() ? List.of()
                : db.list("select w.fact_id, w.after, w.up_to, n.corrected_at, n.text from unnest(?, ?, ?) w(fact_id, after, up_to)"
                        + " join correction_note n on n.fact_id = w.fact_id and coalesce(n.fact_version, 1) > w.after"
                        + " and coalesce(n.fact_version, 1) <= w.up_to order by w.fact_id, w.after, w.up_to, n.corrected_at desc, n.id desc",
                        List.of(ReadDatabase.ids(spans.stream().map(FactVersions.Span::factId).toList()),
                                new ReadDatabase.SqlArray("integer", spans.stream().map(FactVersions.Span::after).toList()),
                                new ReadDatabase.SqlArray("integer", spans.stream().map(FactVersions.Span::upTo).toList())),
                        rs -> Map.entry(new FactVersions.Span(rs.getLong(1), rs.getInt(2), rs.getInt(3)),
                                new CorrectionNote(rs.getObject(4, OffsetDateTime.class), rs.getString(5))));
    }

    static ReadDatabase.SqlArray versions(Collection<FactVersions.Key> keys) {
        return new ReadDatabase.SqlArray("integer", keys.stream().map(FactVersions.Key::version).toList());
    }
}
