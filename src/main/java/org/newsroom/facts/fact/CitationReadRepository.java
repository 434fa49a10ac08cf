package org.newsroom.facts.fact;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.newsroom.facts.shared.ReadDatabase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Readers' queries of what facts carry — citations and public correction notes — straight from JDBC. */
@ApplicationScoped
public class CitationReadRepository {

    /** A citation row; its sources are read by the source feature. */
    public record CitationRow(long id, long factId, long sourceId, Long viaSourceId, String title, String url, LocalDate publishedOn,
            LocalDate accessedOn, String quote, String archiveUrl) {
    }

    /** A public correction note of a fact. */
    public record NoteRow(long factId, CorrectionNote note) {
    }

    @Inject
    ReadDatabase db;

    /** The citations that count for the given facts (not pending evidence), by fact, in the order they were added. */
    public List<CitationRow> findActiveByFacts(Collection<Long> factIds) {
        return factIds.isEmpty() ? List.of()
                : db.list("select id, fact_id, source_id, via_source_id, title, url, published_on, accessed_on, quote, archive_url from citation"
                        + " where active and fact_id = any(?) order by fact_id, id", List.of(ReadDatabase.ids(factIds)),
                        rs -> new CitationRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, Long.class), rs.getString(5),
                                rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getString(9),
                                rs.getString(10)));
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
}
