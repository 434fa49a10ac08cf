package org.newsroom.facts.place;

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

/** A stored place inside a country. */
@Entity
@org.hibernate.envers.Audited
@Table(name = "place")
public class PlaceEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "place_id")
    @SequenceGenerator(name = "place_id", sequenceName = "place_id_seq", allocationSize = 1)
    public Long id;

    @Column(name = "country_code", nullable = false, columnDefinition = "bpchar(2)")
    public String countryCode;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlaceKind kind;

    public String code;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public Place toView() {
        return new Place(String.valueOf(id), name, kind, code, countryCode);
    }
}
