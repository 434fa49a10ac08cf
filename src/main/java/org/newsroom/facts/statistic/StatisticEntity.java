package org.newsroom.facts.statistic;

import java.util.List;

import org.newsroom.facts.fact.FactEntity;
import org.newsroom.facts.fact.PeriodValue;
import org.newsroom.facts.fact.Verification;

import org.hibernate.envers.Audited;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A stored statistic: a figure about a country, possibly a projection or a change against a baseline. */
@Entity
@Audited(withModifiedFlag = true)
@DiscriminatorValue("STATISTIC")
public class StatisticEntity extends FactEntity {

    @Column(name = "country_code", columnDefinition = "bpchar(2)")
    public String countryCode;

    @Column(name = "place_id")
    public Long placeId;

    public String indicator;

    @Enumerated(EnumType.STRING)
    public Measure measure;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "start", column = @Column(name = "baseline_start")),
            @AttributeOverride(name = "end", column = @Column(name = "baseline_end")),
            @AttributeOverride(name = "precision", column = @Column(name = "baseline_precision")) })
    public PeriodValue baseline;

    public static StatisticEntity draft(String by, Verification verification) {
        StatisticEntity s = new StatisticEntity();
        s.created(by, verification);
        return s;
    }

    private static final PeriodValue.Columns BASELINE_COLUMNS = PeriodValue.Columns.of("baseline_");

    @Override
    protected void readKind(org.newsroom.facts.shared.ReadDatabase.NamedRow rs) throws java.sql.SQLException {
        countryCode = rs.string("country_code");
        placeId = rs.object("place_id", Long.class);
        indicator = rs.string("indicator");
        measure = Measure.valueOf(rs.string("measure"));
        baseline = PeriodValue.read(rs, BASELINE_COLUMNS);
    }

    @Override
    public Statistic toView() {
        return new Statistic(this);
    }

    @Override
    public List<Long> placeIds() {
        return placeId == null ? List.of() : List.of(placeId);
    }

    @Override
    protected void kindFields(java.util.Map<String, String> m, List<Long> placeIds) {
        m.put("country", countryCode);
        m.put("placeId", text(placeId));
        m.put("indicator", indicator);
        m.put("measure", text(measure));
        quantityFields(m, "value", quantity);
        periodFields(m, "period", period);
        periodFields(m, "baseline", baseline);
    }
}
