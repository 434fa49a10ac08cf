package org.newsroom.facts.deployment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.newsroom.facts.fact.FactEntity;
import org.newsroom.facts.fact.Verification;

import org.hibernate.envers.Audited;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

/** A stored deployment: people sent from one country to another. */
@Entity
@Audited(withModifiedFlag = true)
@DiscriminatorValue("DEPLOYMENT")
public class DeploymentEntity extends FactEntity {

    @Column(name = "origin_code", columnDefinition = "bpchar(2)")
    public String originCode;

    @Column(name = "destination_code", columnDefinition = "bpchar(2)")
    public String destinationCode;

    @Enumerated(EnumType.STRING)
    public PersonnelKind personnel;

    @Column(name = "reported_on")
    public LocalDate reportedOn;

    /** Where in the destination country, in the order entered. */
    @ElementCollection
    @CollectionTable(name = "deployment_place", joinColumns = @JoinColumn(name = "fact_id"))
    @OrderColumn(name = "position")
    @Column(name = "place_id")
    public List<Long> places = new ArrayList<>();

    public static DeploymentEntity draft(String by, Verification verification) {
        DeploymentEntity d = new DeploymentEntity();
        d.created(by, verification);
        return d;
    }

    @Override
    protected void readKind(org.newsroom.facts.shared.ReadDatabase.NamedRow rs) throws java.sql.SQLException {
        originCode = rs.string("origin_code");
        destinationCode = rs.string("destination_code");
        personnel = PersonnelKind.valueOf(rs.string("personnel"));
        reportedOn = rs.object("reported_on", java.time.LocalDate.class);
    }

    @Override
    public Deployment toView() {
        return new Deployment(this);
    }

    @Override
    public List<Long> placeIds() {
        return places;
    }

    @Override
    protected void kindFields(java.util.Map<String, String> m, List<Long> placeIds) {
        m.put("origin", originCode);
        m.put("destination", destinationCode);
        m.put("personnel", text(personnel));
        quantityFields(m, "headcount", quantity);
        periodFields(m, "period", period);
        m.put("reportedOn", text(reportedOn));
        m.put("placeIds", placeIds.isEmpty() ? null : String.join(", ", placeIds.stream().map(String::valueOf).toList()));
    }
}
