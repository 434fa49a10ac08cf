package org.newsroom.facts.revision;

import java.time.OffsetDateTime;

import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One Envers revision: a committed change, who made it, what kind of change it was and why. */
@Entity
@Table(name = "revision")
@org.hibernate.envers.RevisionEntity(RevisionStamp.class)
public class RevisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_id")
    @SequenceGenerator(name = "revision_id", sequenceName = "revision_id_seq", allocationSize = 1)
    @RevisionNumber
    public Long id;

    @RevisionTimestamp
    @Column(name = "timestamp_ms", nullable = false)
    public long timestamp;

    @Column(name = "at", nullable = false)
    public OffsetDateTime at;

    @Column(name = "changed_by", nullable = false)
    public String by;

    /** The identity behind the name: the token's issuer and subject, or {@code system}. */
    @Column(name = "changed_by_id")
    public String byId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public org.newsroom.facts.fact.RevisionAction action;

    public String note;
}
