package org.newsroom.facts.claim;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The stored verdict on a claim: columns {@code review_*} of the fact. */
@Embeddable
public class ClaimReviewValue {

    @Enumerated(EnumType.STRING)
    @Column(name = "review_rating")
    public Rating rating;

    @Column(name = "review_explanation")
    public String explanation;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_on")
    public LocalDate reviewedOn;

    static ClaimReviewValue read(org.newsroom.facts.shared.ReadDatabase.NamedRow rs) throws java.sql.SQLException {
        String rating = rs.string("review_rating");
        if (rating == null) {
            return null;
        }
        ClaimReviewValue r = new ClaimReviewValue();
        r.rating = Rating.valueOf(rating);
        r.explanation = rs.string("review_explanation");
        r.reviewedBy = rs.string("reviewed_by");
        r.reviewedOn = rs.object("reviewed_on", LocalDate.class);
        return r;
    }

    ClaimReview toView() {
        return new ClaimReview(rating, rating.label(), rating.value(), Rating.BEST, Rating.WORST, explanation, reviewedBy, reviewedOn);
    }
}
