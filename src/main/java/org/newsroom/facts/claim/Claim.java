package org.newsroom.facts.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.fact.Fact;
import org.newsroom.facts.fact.FactBase;
import org.newsroom.facts.fact.Period;
import org.newsroom.facts.shared.RequestGuard;

/**
 * A claim as the API shows it; its claimant, appearances, countries, places and ClaimReview markup are batched fields
 * of {@link ClaimGraphQLApi}.
 */
@Type("Claim")
@Description("A statement that a named party made and the newsroom checks: 'The Kremlin claimed that it had fully expelled "
        + "Ukrainian forces from Kursk Oblast.' The claimant is who said it; citations are the newsroom's evidence; disputes are "
        + "named parties contesting it ('Kyiv has disputed the assertion').")
public class Claim extends FactBase implements Fact {

    private final long claimantId;
    private final String claimantName;
    private final String statement;
    private final Period claimedOn;
    private final ClaimReview review;
    private final java.time.OffsetDateTime publishedAt;

    Claim(ClaimEntity e) {
        super(e);
        this.claimantId = e.claimantId;
        this.claimantName = e.claimantName;
        this.statement = e.statement;
        this.claimedOn = e.period == null ? null : e.period.toView();
        this.review = e.review == null || e.review.rating == null ? null : e.review.toView();
        this.publishedAt = e.publishedAt;
        RequestGuard.depends("s:" + claimantId); // the summary prints the claimant's name
    }

    @Override
    @NonNull
    @Description("e.g. 'The Kremlin claimed that it had fully expelled Ukrainian forces from Kursk Oblast (April 2025).'")
    public String getSummary() {
        String said = switch (getModality()) {
            case ALLEGED -> " claimed that ";
            case STATED -> " said that ";
            case REPORTED -> " reportedly said that ";
            case BELIEVED -> " is believed to have said that ";
            case PROJECTED -> " expects that ";
        };
        String who = claimantName == null ? "A source" : Character.toUpperCase(claimantName.charAt(0)) + claimantName.substring(1);
        return who + said + statement + when(claimedOn) + ".";
    }

    @NonNull
    @Description("What was claimed, in the newsroom's words, without the claimant's name: 'it had fully expelled Ukrainian forces from Kursk Oblast'.")
    public String getStatement() {
        return statement;
    }

    @Description("When the claim was made.")
    public Period getClaimedOn() {
        return claimedOn;
    }

    @Description("The newsroom's verdict; null until one is given.")
    public ClaimReview getReview() {
        return review;
    }

    @Ignore
    public long claimantId() {
        return claimantId;
    }

    @Ignore
    public java.time.OffsetDateTime publishedAt() {
        return publishedAt;
    }
}
