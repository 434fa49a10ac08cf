package org.newsroom.facts.claim;

import org.newsroom.facts.shared.PageInfo;

import org.newsroom.facts.fact.SimilarFact;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsroom.facts.country.Country;
import org.newsroom.facts.fact.FactOrder;
import org.newsroom.facts.place.Place;
import org.newsroom.facts.shared.Batches;
import org.newsroom.facts.shared.ErrorBoundary;

import jakarta.inject.Inject;

/** GraphQL operations of claims, and the batched fields of claims and countries. */
@io.quarkus.runtime.annotations.RegisterForReflection // read by Jackson, ErrorBoundary, SourceFields (NativeReflection)
@GraphQLApi
@ErrorBoundary
public class ClaimGraphQLApi {

    @Inject
    ClaimService service;

    @Inject
    ClaimReviewMarkup markup;


    @Query("claims")
    @Description("Claims the caller may see, filtered and ordered (NEWEST_FIRST: by when they were made).")
    public @NonNull ClaimConnection claims(@Description("Which claims.") ClaimFilter filter,
            @DefaultValue("NEWEST_FIRST") @Description("The order.") FactOrder orderBy,
            @DefaultValue("20") @Description("How many claims (at most 100).") Integer first,
            @Description(PageInfo.AFTER) String after) {
        return service.page(filter, orderBy, first, after);
    }

    @Query("claim")
    @Description("A claim by id; null when there is none or the caller may not see it.")
    public Claim claim(@NonNull @Id @Description("The claim's id.") String id) {
        return service.find(id);
    }

    @Query("similarClaims")
    @Description("editor, chief: before createClaim, the existing facts a new claim would repeat (same countries, an overlapping period, the figure within 10 % or a similar statement by any claimant, with its verdict); nothing is saved")
    public @NonNull List<@NonNull SimilarFact> similarClaims(@NonNull @Description("The new claim, as it would be created.") ClaimInput input,
            @DefaultValue("5") @Description("How many (at most 20), the most alike first.") Integer first) {
        return service.similar(input, first);
    }

    @Mutation("createClaim")
    @Description("editor, chief: creates a DRAFT")
    public @NonNull Claim createClaim(@NonNull @Description("The new claim.") ClaimInput input) {
        return service.create(input);
    }

    @Mutation("updateClaim")
    @Description("editor, chief: drafts only; a published claim changes through corrections")
    public @NonNull Claim updateClaim(@NonNull @Id @Description("The claim.") String id,
            @NonNull @Description("The version the change was made on.") Integer expectedVersion,
            @NonNull @Description("The fields to change.") ClaimPatch input,
            @Description("Why, for the history.") String note) {
        return service.update(id, expectedVersion, input, note);
    }

    @Description("Who made the claim.")
    public @NonNull List<org.newsroom.facts.source.@NonNull Source> claimant(@Source List<Claim> claims) {
        return Batches.inOrder(claims, Claim::claimantId, service::claimantsOf);
    }

    @Description("Where the claim appeared, in the order entered.")
    public @NonNull List<@NonNull List<@NonNull Appearance>> appearances(@Source List<Claim> claims) {
        return Batches.inOrder(claims, Claim::factId, service::appearancesOf);
    }

    @Description("The countries the claim is about.")
    public @NonNull List<@NonNull List<@NonNull Country>> countries(@Source List<Claim> claims) {
        return Batches.inOrder(claims, Claim::factId, service::countriesOf);
    }

    @Description("The places the claim is about.")
    public @NonNull List<@NonNull List<@NonNull Place>> places(@Source List<Claim> claims) {
        return Batches.inOrder(claims, Claim::factId, service::placesOf);
    }

    @Description("schema.org ClaimReview markup (a JSON-LD object as a string) for a published claim with a review, ready for a script tag of type application/ld+json; null otherwise.")
    public List<String> claimReviewJsonLd(@Source List<Claim> claims) {
        List<Claim> reviewed = claims.stream().filter(c -> c.getReview() != null).toList();
        Map<Long, org.newsroom.facts.source.Source> claimants = service.claimantsOf(reviewed.stream().map(Claim::claimantId).distinct().toList());
        Map<Long, List<Appearance>> appearances = service.appearancesOf(ids(reviewed));
        return claims.stream().map(c -> c.getReview() == null ? null
                : markup.jsonLd(c, claimants.get(c.claimantId()), appearances.get(c.factId()))).toList();
    }

    @Description("Claims about this country, newest first.")
    public @NonNull List<@NonNull ClaimConnection> claims(@Source List<Country> countries,
            @DefaultValue("20") @Description("How many (at most 100).") Integer first,
            @Description(PageInfo.AFTER) String after) {
        return Batches.inOrder(countries, Country::code, codes -> service.pagePerCountry(codes, first, after));
    }

    @Description("How many claims match, over all pages.")
    public @NonNull List<@NonNull Integer> totalCount(@Source List<ClaimConnection> connections) {
        return service.count(connections.stream().map(ClaimConnection::countKey).toList());
    }

    private static List<Long> ids(List<Claim> claims) {
        return claims.stream().map(Claim::factId).distinct().toList();
    }
}
