package org.newsroom.facts.count;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.claim.Rating;
import org.newsroom.facts.country.Countries;
import org.newsroom.facts.country.Country;
import org.newsroom.facts.fact.Modality;
import org.newsroom.facts.fact.Verification;

/** One group of factCounts: the values of its dimensions, its count and its sums. */
@Type("FactCountGroup")
@Description("One group of counted facts: the values it was grouped by (the others are null), how many facts, and their figures' sums per unit.")
public final class FactCountGroup {

    private final String kind;
    private final String countryCode;
    private final Long claimantId;
    private final Rating rating;
    private final Modality modality;
    private final Verification verification;
    private final Integer year;
    private final Integer month;
    private final int count;
    private final List<FigureSum> figures;

    FactCountGroup(String kind, String country, Long claimantId, Rating rating, Modality modality, Verification verification,
            Integer year, Integer month, int count, List<FigureSum> figures) {
        this.kind = kind;
        this.countryCode = country;
        this.claimantId = claimantId;
        this.rating = rating;
        this.modality = modality;
        this.verification = verification;
        this.year = year;
        this.month = month;
        this.count = count;
        this.figures = figures;
    }

    @Description("The kind, when grouped by KIND.")
    public String getKind() {
        return kind;
    }

    @Description("The country, when grouped by COUNTRY.")
    public Country getCountry() {
        return countryCode == null ? null : Countries.of(countryCode);
    }

    /** The claimant's source id, for the batched claimant field. */
    Long claimantId() {
        return claimantId;
    }

    @Description("The verdict, when grouped by RATING (null also for claims not reviewed).")
    public Rating getRating() {
        return rating;
    }

    @Description("The modality, when grouped by MODALITY.")
    public Modality getModality() {
        return modality;
    }

    @Description("The verification, when grouped by VERIFICATION.")
    public Verification getVerification() {
        return verification;
    }

    @Description("The year, when grouped by YEAR or MONTH (null also for undated facts).")
    public Integer getYear() {
        return year;
    }

    @Description("The month (1 to 12), when grouped by MONTH (null also for periods known only to the year).")
    public Integer getMonth() {
        return month;
    }

    @NonNull
    @Description("How many facts.")
    public Integer getCount() {
        return count;
    }

    @NonNull
    @Description("The sums of their central figures, one per unit, by unit.")
    public List<@NonNull FigureSum> getFigures() {
        return figures;
    }
}
