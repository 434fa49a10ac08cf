package org.newsroom.facts.fact;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A stored public correction note of a fact (from an approved correction or a retraction). */
@Entity
@Table(name = "correction_note")
public class CorrectionNoteEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "correction_note_id")
    @SequenceGenerator(name = "correction_note_id", sequenceName = "correction_note_id_seq", allocationSize = 1)
    public Long id;

    @Column(name = "fact_id", nullable = false)
    public Long factId;

    @Column(name = "corrected_at", nullable = false)
    public OffsetDateTime correctedAt;

    @Column(nullable = false)
    public String text;
}
