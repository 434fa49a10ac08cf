package org.newsroom.facts.place;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsroom.facts.country.CountryCode;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.newsroom.facts.shared.Text;

/** A new place as an editor enters it. */
@Input("PlaceInput")
@Description("A new place inside a country. Names are unique within a country (case-insensitive).")
public class PlaceInput {

    @Text
    @NonNull
    @NotBlank
    @Size(max = 200)
    @Description("The place's name in English.")
    public String name;

    @NonNull
    @NotNull
    @Description("What kind of place it is.")
    public PlaceKind kind;

    @Text
    @Pattern(regexp = "^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$", message = "must be an ISO 3166-2 code such as RU-KRS")
    @Description("ISO 3166-2 code where one exists, e.g. RU-KRS.")
    public String code;

    @NonNull
    @NotBlank
    @CountryCode
    @Description("The country: alpha-2 or alpha-3.")
    public String country;
}
