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

/** A stored citation of a fact; sources are referred to by id and loaded in batches. */
@Entity
@Table(name = "citation")
public class CitationEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "citation_id")
    @SequenceGenerator(name = "citation_id", sequenceName = "citation_id_seq", allocationSize = 1)
    public Long id;

    @Column(name = "fact_id", nullable = false)
    public Long factId;

    @Column(name = "source_id", nullable = false)
    public Long sourceId;

    @Column(name = "via_source_id")
    public Long viaSourceId;

    public String title;

    public String url;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "accessed_on")
    public LocalDate accessedOn;

    public String quote;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "archive_url")
    public String archiveUrl;

    /** The sources between source and via, in order. */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "citation_chain", joinColumns = @jakarta.persistence.JoinColumn(name = "citation_id"))
    @jakarta.persistence.OrderColumn(name = "position")
    @Column(name = "source_id")
    public java.util.List<Long> chain = new java.util.ArrayList<>();

    /** False for a correction's evidence until the correction is approved. */
    @Column(nullable = false)
    public boolean active = true;
}
