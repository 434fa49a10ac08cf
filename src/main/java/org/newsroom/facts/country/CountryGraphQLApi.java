package org.newsroom.facts.country;

import org.newsroom.facts.shared.PageInfo;

import org.newsroom.facts.shared.ErrorBoundary;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import jakarta.inject.Inject;

/** GraphQL operations and fields of countries. */
@GraphQLApi
@ErrorBoundary
public class CountryGraphQLApi {

    @Inject
    CountryService service;

    @Query("countries")
    @Description("All ISO 3166-1 countries, ordered by English name; search matches the code, alpha-3 or English name.")
    public @NonNull CountryConnection countries(
            @Description("Part of the English name, or an alpha-2 or alpha-3 code.") String search,
            @DefaultValue("50") @Description("How many countries (at most 100).") Integer first,
            @Description(PageInfo.AFTER) String after) {
        return service.page(search, first, after);
    }

    @Query("country")
    @Description("A country by alpha-2 or alpha-3 code in any case ('kp', 'PRK'); null when there is none.")
    public Country country(@NonNull @Description("alpha-2 or alpha-3") String code) {
        return service.find(code);
    }

    /**
     * Not batched on purpose: it runs no SQL, and SmallRye batches aliases of one field together with the
     * arguments of the first, which would give {@code name(lang: "ko")} the English name.
     */
    @Name("name")
    @Description("The country's name in the given language (a BCP 47 tag such as en, ko, ru, uk); English when the language is unknown.")
    public @NonNull String name(@Source Country country,
            @DefaultValue("en") @Description("A BCP 47 language tag.") String lang) {
        return service.name(country, lang);
    }
}
