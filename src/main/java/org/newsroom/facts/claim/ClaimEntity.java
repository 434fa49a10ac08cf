package org.newsroom.facts.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hibernate.annotations.Formula;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.newsroom.facts.fact.FactEntity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

/** A stored claim: who claimed what and when (the period), where it appeared, and the newsroom's verdict. */
@Entity
@Audited(withModifiedFlag = true)
@DiscriminatorValue(ClaimService.KIND)
public class ClaimEntity extends FactEntity {

    @Column(name = "claimant_id")
    public Long claimantId;

    /** The claimant's name, for the summary: read with the row, never written. */
    @NotAudited
    @Formula("(select s.name from source s where s.id = claimant_id)")
    public String claimantName;

    public String statement;

    @Embedded
    public ClaimReviewValue review;

    /** The countries it is about (alpha-2), in the order entered. */
    @ElementCollection
    @CollectionTable(name = "claim_country", joinColumns = @JoinColumn(name = "fact_id"))
    @OrderColumn(name = "position")
    @Column(name = "country_code", columnDefinition = "bpchar(2)")
    public List<String> countries = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "claim_place", joinColumns = @JoinColumn(name = "fact_id"))
    @OrderColumn(name = "position")
    @Column(name = "place_id")
    public List<Long> places = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "claim_appearance", joinColumns = @JoinColumn(name = "fact_id"))
    @OrderColumn(name = "position")
    public List<AppearanceValue> appearances = new ArrayList<>();

    @Override
    protected void readKind(org.newsroom.facts.shared.ReadDatabase.NamedRow rs) throws java.sql.SQLException {
        claimantId = rs.longValue("claimant_id");
        claimantName = rs.string("claimant_name");
        statement = rs.string("statement");
        review = ClaimReviewValue.read(rs);
    }

    @Override
    public Claim toView() {
        return new Claim(this);
    }

    @Override
    public Map<Long, java.util.function.Consumer<String>> printedSources() {
        return claimantId == null ? Map.of() : Map.of(claimantId, name -> claimantName = name);
    }

    @Override
    public List<Long> placeIds() {
        return places;
    }

    @Override
    protected void kindFields(Map<String, String> m, List<Long> placeIds) {
        m.put("claimantId", text(claimantId));
        m.put("statement", statement);
        periodFields(m, "claimedOn", period);
        m.put("review.rating", review == null ? null : text(review.rating));
        m.put("review.explanation", review == null ? null : review.explanation);
        m.put("review.reviewedBy", review == null ? null : review.reviewedBy);
        m.put("review.reviewedOn", review == null ? null : text(review.reviewedOn));
        // the collections of a past state, as Envers reads them (an editors' field: one query per collection and revision)
        m.put("countries", countries.isEmpty() ? null : String.join(", ", countries));
        m.put("placeIds", places.isEmpty() ? null : String.join(", ", places.stream().map(String::valueOf).toList()));
        for (int i = 0; i < appearances.size(); i++) {
            AppearanceValue a = appearances.get(i);
            m.put("appearances[" + i + "]", String.join(" | ", java.util.stream.Stream.of(a.url, text(a.outletId), a.title,
                    text(a.appearedOn), a.first ? "first" : null).filter(java.util.Objects::nonNull).toList()));
        }
    }
}
