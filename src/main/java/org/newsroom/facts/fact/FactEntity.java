package org.newsroom.facts.fact;

import java.time.OffsetDateTime;

import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.newsroom.facts.shared.Times;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What every kind of fact stores: workflow state, versions, the figure and its period. All kinds share the
 * table {@code fact}, so fact ids are unique across kinds.
 */
@Entity
@Audited(withModifiedFlag = true)
@Table(name = "fact")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind")
public abstract class FactEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fact_id")
    @SequenceGenerator(name = "fact_id", sequenceName = "fact_id_seq", allocationSize = 1)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PublicationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Verification verification;

    @Version
    @Column(nullable = false)
    public Integer version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    public String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Modality modality = Modality.STATED;

    /** For running totals: the day the figure holds on. */
    @Column(name = "as_of")
    public java.time.LocalDate asOf;

    @Embedded
    public QuantityValue quantity;

    @Embedded
    public PeriodValue period;

    /** Words the search looks in: the summary, notes, places and sources, kept up to date by the services. */
    @NotAudited
    @OptimisticLock(excluded = true)
    @Column(name = "search_text", nullable = false)
    public String searchText = "";

    /** The fact as the API shows it. */
    public abstract Fact toView();

    private static final PeriodValue.Columns PERIOD_COLUMNS = PeriodValue.Columns.of("period_");

    /**
     * Fills this instance — a transient one, never managed by Hibernate — from a row of {@code select f.*}: the
     * read path makes its views from rows this way, without a persistence context.
     */
    public void read(org.newsroom.facts.shared.ReadDatabase.NamedRow rs) throws java.sql.SQLException {
        if (this instanceof org.hibernate.engine.spi.SelfDirtinessTracker tracker) {
            // never flushed: the enhanced setters' record of changed fields would only cost an array per write
            tracker.$$_hibernate_suspendDirtyTracking(true);
        }
        id = rs.longValue("id");
        status = PublicationStatus.valueOf(rs.string("status"));
        verification = Verification.valueOf(rs.string("verification"));
        version = rs.intValue("version");
        createdAt = rs.object("created_at", OffsetDateTime.class);
        updatedAt = rs.object("updated_at", OffsetDateTime.class);
        createdBy = rs.string("created_by");
        updatedBy = rs.string("updated_by");
        publishedAt = rs.object("published_at", OffsetDateTime.class);
        notes = rs.string("notes");
        modality = Modality.valueOf(rs.string("modality"));
        asOf = rs.object("as_of", java.time.LocalDate.class);
        quantity = QuantityValue.read(rs);
        period = PeriodValue.read(rs, PERIOD_COLUMNS);
        readKind(rs);
    }

    /** Fills the fields of the kind of fact from the row (see {@link #read}). */
    protected abstract void readKind(org.newsroom.facts.shared.ReadDatabase.NamedRow rs) throws java.sql.SQLException;

    /**
     * The sources whose names the summary prints (a claim's claimant), each with where its name goes: a past version is
     * printed with the names they had then. None by default.
     */
    public java.util.Map<Long, java.util.function.Consumer<String>> printedSources() {
        return java.util.Map.of();
    }

    /** The places the fact is about (for its search text). */
    public abstract java.util.List<Long> placeIds();

    /**
     * The fields of this state of the fact by input path ({@code headcount.value}), as text, for the history.
     *
     * @param placeIds the places at that state (Envers keeps them apart)
     */
    public java.util.Map<String, String> historyFields(java.util.List<Long> placeIds) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("status", text(status));
        m.put("verification", text(verification));
        m.put("modality", text(modality));
        m.put("asOf", text(asOf));
        kindFields(m, placeIds);
        m.put("notes", notes);
        return m;
    }

    /** Adds the fields of the kind of fact to {@link #historyFields}. */
    protected abstract void kindFields(java.util.Map<String, String> fields, java.util.List<Long> placeIds);

    protected static void quantityFields(java.util.Map<String, String> m, String prefix, QuantityValue q) {
        m.put(prefix + ".value", q == null ? null : number(q.value));
        m.put(prefix + ".low", q == null ? null : number(q.low));
        m.put(prefix + ".high", q == null ? null : number(q.high));
        m.put(prefix + ".approximation", q == null ? null : text(q.approximation));
        m.put(prefix + ".unit", q == null ? null : q.unit);
        m.put(prefix + ".words", q == null ? null : q.words);
    }

    protected static void periodFields(java.util.Map<String, String> m, String prefix, PeriodValue p) {
        m.put(prefix + ".start", p == null ? null : text(p.start));
        m.put(prefix + ".end", p == null ? null : text(p.end));
        m.put(prefix + ".precision", p == null ? null : text(p.precision));
    }

    private static String number(Double d) {
        return d == null ? null : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    protected static String text(Object o) {
        return o == null ? null : o.toString();
    }

    /** A new fact: a draft at version 1, created and last changed by the given user. */
    protected void created(String by, Verification verification) {
        this.status = PublicationStatus.DRAFT;
        this.verification = verification == null ? Verification.REPORTED : verification;
        this.version = 1;
        this.createdAt = this.updatedAt = Times.now();
        this.createdBy = this.updatedBy = by;
    }

    /** Marks a change: the version goes up by one when the transaction commits. */
    public void touch(String by) {
        this.updatedAt = Times.now();
        this.updatedBy = by;
    }

    public boolean isDraft() {
        return status == PublicationStatus.DRAFT;
    }
}
