package org.newsroom.facts.country;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A country of ISO 3166-1; its names, places and facts are fields resolved in batches. */
@Type("Country")
@Description("A country of ISO 3166-1. All of them exist from the first start.")
public record Country(
        @Id @NonNull @Description("ISO 3166-1 alpha-2, upper case, e.g. KP.") String code,
        @NonNull @Description("ISO 3166-1 alpha-3, e.g. PRK.") String alpha3) {
}
