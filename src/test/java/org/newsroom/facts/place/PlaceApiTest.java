package org.newsroom.facts.place;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlaceApiTest {

    private static final String CREATE = "mutation($input: PlaceInput!) { createPlace(input: $input) { id name kind code country { code } } }";

    @Test
    void storyPlacesAreListedUnderTheirCountry() {
        GraphQL.reader().send("{ country(code: \"RU\") { places { name kind code } } }")
                .body("errors", nullValue())
                .body("data.country.places.name", org.hamcrest.Matchers.hasItems("Russian Far East", "Moscow", "Kursk Oblast"));
    }

    @Test
    void editorsCreatePlacesOncePerCountry() {
        GraphQL.editor().send(CREATE, "input", Map.of("name", "Vladivostok", "kind", "CITY", "country", "rus"))
                .body("errors", nullValue())
                .body("data.createPlace.country.code", equalTo("RU"))
                .body("data.createPlace.kind", equalTo("CITY"));
        GraphQL.editor().send(CREATE, "input", Map.of("name", "vladivostok", "kind", "CITY", "country", "RU"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.field", equalTo("input.name"));
        GraphQL.editor().send(CREATE, "input", Map.of("name", "Pyongyang", "kind", "CITY", "country", "KP", "code", "nope"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.code"));
        GraphQL.reader().send(CREATE, "input", Map.of("name", "Rason", "kind", "CITY", "country", "KP"))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        GraphQL.reader().send("{ a: country(code: \"KP\") { places { name } } b: country(code: \"RU\") { places { name } } }")
                .body("data.a.places.name", org.hamcrest.Matchers.not(hasItem("Rason")))
                .body("data.a.places.name", org.hamcrest.Matchers.not(hasItem("Pyongyang")))
                .body("data.b.places.name", hasItem("Vladivostok"));
    }

    @Test
    void placesOfManyCountriesComeTogether() {
        GraphQL.reader().send("{ countries(search: \"russia\") { nodes { code places { name } } } }")
                .body("data.countries.nodes[0].places.name", containsInAnyOrder(
                        GraphQL.reader().send("{ country(code: \"RU\") { places { name } } }")
                                .extract().jsonPath().getList("data.country.places.name").toArray()));
    }
}
