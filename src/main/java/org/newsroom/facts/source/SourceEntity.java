package org.newsroom.facts.source;

import java.time.OffsetDateTime;

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

/** A stored source: an outlet, agency, ministry, body or group that states things. */
@Entity
@org.hibernate.envers.Audited
@Table(name = "source")
public class SourceEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_id")
    @SequenceGenerator(name = "source_id", sequenceName = "source_id_seq", allocationSize = 1)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SourceKind kind;

    @Column(name = "country_code", columnDefinition = "bpchar(2)")
    public String countryCode;

    public String url;

    public String description;

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

    public Source toView() {
        return new Source(String.valueOf(id), name, kind, countryCode, url, description, version, createdAt, updatedAt);
    }
}
