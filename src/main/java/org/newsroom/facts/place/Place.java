package org.newsroom.facts.place;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.country.Countries;
import org.newsroom.facts.country.Country;

/** A place inside a country, as the API shows it. */
@Type("Place")
@Description("A place inside a country: 'Kursk Oblast', 'Russian Far East', 'Moscow'.")
public record Place(
        @Id @NonNull @Description("Opaque id.") String id,
        @NonNull @Description("The place's name in English.") String name,
        @NonNull @Description("What kind of place it is.") PlaceKind kind,
        @Description("ISO 3166-2 code where one exists, e.g. RU-KRS.") String code,
        @Ignore String countryCode) {

    /** An answer that prints a place depends on it (its cache tag). */
    public Place {
        org.newsroom.facts.shared.RequestGuard.depends("p:" + id);
    }

    @NonNull
    @Description("The country the place is in.")
    public Country getCountry() {
        return Countries.of(countryCode);
    }
}
