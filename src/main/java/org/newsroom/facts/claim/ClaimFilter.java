package org.newsroom.facts.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.newsroom.facts.fact.PublicationStatus;

/** Which claims to list. */
@Input("ClaimFilter")
@Description("Which claims to list; country codes are alpha-2 or alpha-3 in any case.")
public class ClaimFilter {

    @Id
    @Description("the claimant's source id")
    public String claimant;

    @Description("ISO 3166-1 alpha-2 or alpha-3, any case")
    public String country;

    @Description("Only claims with this verdict.")
    public Rating rating;

    @Description("true: only claims with a review; false: only those still waiting for one")
    public Boolean reviewed;

    @Description("Readers may only ask for PUBLISHED or RETRACTED; by default they get both, editors get all.")
    public PublicationStatus status;
}
