package org.newsroom.facts.fact;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A stored dispute of a fact by a named source. */
@Entity
@Table(name = "dispute")
public class DisputeEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dispute_id")
    @SequenceGenerator(name = "dispute_id", sequenceName = "dispute_id_seq", allocationSize = 1)
    public Long id;

    @Column(name = "fact_id", nullable = false)
    public Long factId;

    @Column(name = "source_id", nullable = false)
    public Long sourceId;

    @Column(nullable = false)
    public String statement;

    @Column(name = "stated_on")
    public LocalDate statedOn;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
