package org.newsroom.facts.claim;

import org.newsroom.facts.country.Country;
import org.newsroom.facts.shared.ParentPageKey;
import org.newsroom.facts.shared.LeanFields;
import org.newsroom.facts.shared.ReadFields;

import graphql.schema.DataFetchingEnvironment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The lean read path of claims: their claimant, appearances, countries, places, markup; a country's claims; counts. */
@ApplicationScoped
public class ClaimReadFields implements ReadFields {

    @Inject
    ClaimGraphQLApi api;

    @Override
    public void register(LeanFields fields) {
        fields.batched("Claim.claimant", "Claim", "claimant", api::claimant);
        fields.batched("Claim.appearances", "Claim", "appearances", api::appearances);
        fields.batched("Claim.countries", "Claim", "countries", api::countries);
        fields.batched("Claim.places", "Claim", "places", api::places);
        fields.batched("Claim.claimReviewJsonLd", "Claim", "claimReviewJsonLd", api::claimReviewJsonLd);
        fields.batchedWith("Country.claims", "Country", "claims",
                (Country c, DataFetchingEnvironment env) -> ParentPageKey.<Void>of(c.code(), env, m -> null), api::pages);
        fields.batched("ClaimConnection.totalCount", "ClaimConnection", "totalCount", api::totalCount);
    }
}
