package org.newsroom.facts.place;

import java.util.List;
import java.util.Map;

import org.newsroom.facts.shared.Batches;
import org.newsroom.facts.shared.ErrorBoundary;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.newsroom.facts.country.Country;

import jakarta.inject.Inject;

/** GraphQL operations and fields of places. */
@GraphQLApi
@ErrorBoundary
public class PlaceGraphQLApi {

    @Inject
    PlaceService service;

    @Mutation("createPlace")
    @Description("editor, chief: records a place inside a country (CONFLICT if the country already has a place of that name)")
    public @NonNull Place createPlace(@NonNull @Description("The new place.") PlaceInput input) {
        return service.create(input);
    }

    @Description("Places (regions, cities) recorded in this country.")
    public @NonNull List<@NonNull List<@NonNull Place>> places(@Source List<Country> countries) {
        return Batches.inOrder(countries, Country::code, service::byCountries);
    }
}
