package org.newsroom.facts.delivery;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored persisted query: the document a client registered under its sha256 hash. */
@Entity
@Table(name = "persisted_query")
public class PersistedQueryEntity extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "bpchar(64)")
    public String sha256;

    @Column(nullable = false)
    public String query;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The last day an instance used it (a document unused for the retention period is deleted). */
    @Column(name = "last_used_on", nullable = false, insertable = false)
    public java.time.LocalDate lastUsedOn;
}
