package org.newsroom.facts.correction;

import java.time.OffsetDateTime;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.newsroom.facts.fact.Verification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A stored correction: the proposed patch of a published fact, why, the public note, and its review. */
@Entity
@Table(name = "correction")
public class CorrectionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "correction_id")
    @SequenceGenerator(name = "correction_id", sequenceName = "correction_id_seq", allocationSize = 1)
    public Long id;

    @Column(name = "fact_id", nullable = false)
    public Long factId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CorrectionStatus status;

    @Column(nullable = false)
    public String reason;

    @Column(name = "public_note", nullable = false)
    public String publicNote;

    /** The DeploymentPatch or StatisticPatch as submitted, in JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String patch;

    @Enumerated(EnumType.STRING)
    public Verification verification;

    @Column(name = "evidence_id")
    public Long evidenceId;

    /** The fact's version the correction was written against. */
    @Column(name = "fact_version", nullable = false)
    public Integer factVersion;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    /** The submitter's identity: the token's issuer and subject ({@link org.newsroom.facts.shared.CurrentUser#identity()}). */
    @Column(name = "submitted_by_id")
    public String submittedById;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_by_id")
    public String reviewedById;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Column(name = "review_note")
    public String reviewNote;

    /** The proposed change field by field, {@code [{"field", "from", "to"}]} in JSON, computed at submission. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String changes;

    /** The fact's version now, read with the correction (stale check); not a column. */
    @org.hibernate.annotations.Formula("(select f.version from fact f where f.id = fact_id)")
    public Integer currentFactVersion;

    @Version
    @Column(nullable = false)
    public Integer version;

    /** True while pending, when the fact has a newer version than the one the correction was written against. */
    public boolean stale() {
        return status == CorrectionStatus.PENDING && currentFactVersion != null && !currentFactVersion.equals(factVersion);
    }
}
