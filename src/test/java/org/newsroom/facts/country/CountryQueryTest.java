package org.newsroom.facts.country;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CountryQueryTest {

    @Test
    void everyIsoCountryExistsWithNamesInManyLanguages() {
        GraphQL.reader().send("""
                { countries(first: 100) { totalCount nodes { code } }
                  kp: country(code: "kp") { code alpha3 en: name ko: name(lang: "ko") ru: name(lang: "ru") uk: name(lang: "uk") xx: name(lang: "zz-unknown") } }
                """)
                .body("errors", nullValue())
                .body("data.countries.totalCount", greaterThanOrEqualTo(249))
                .body("data.countries.nodes", hasSize(100))
                .body("data.kp.code", equalTo("KP"))
                .body("data.kp.alpha3", equalTo("PRK"))
                .body("data.kp.en", equalTo("North Korea"))
                .body("data.kp.ko", equalTo("북한"))
                .body("data.kp.ru", equalTo("КНДР"))
                .body("data.kp.uk", equalTo("Північна Корея"))
                .body("data.kp.xx", equalTo("North Korea"));
    }

    @Test
    void countryAcceptsAlpha2AndAlpha3InAnyCase() {
        GraphQL.reader().send("{ a: country(code: \"PRK\") { code } b: country(code: \"rus\") { code } c: country(code: \"ua\") { code } d: country(code: \"XX\") { code } }")
                .body("errors", nullValue())
                .body("data.a.code", equalTo("KP"))
                .body("data.b.code", equalTo("RU"))
                .body("data.c.code", equalTo("UA"))
                .body("data.d", nullValue());
    }

    @Test
    void searchPagesThroughCountriesWithCursors() {
        var first = GraphQL.reader().send("{ countries(search: \"korea\", first: 1) { totalCount nodes { code } pageInfo { hasNextPage hasPreviousPage endCursor } } }")
                .body("data.countries.totalCount", equalTo(2))
                .body("data.countries.nodes.code", contains("KP"))
                .body("data.countries.pageInfo.hasNextPage", equalTo(true))
                .body("data.countries.pageInfo.hasPreviousPage", equalTo(false))
                .body("data.countries.pageInfo.endCursor", notNullValue())
                .extract().path("data.countries.pageInfo.endCursor");
        GraphQL.reader().send("{ countries(search: \"korea\", first: 1, after: \"" + first + "\") { edges { cursor node { code } } pageInfo { hasNextPage hasPreviousPage } } }")
                .body("data.countries.edges.node.code", contains("KR"))
                .body("data.countries.pageInfo.hasNextPage", equalTo(false))
                .body("data.countries.pageInfo.hasPreviousPage", equalTo(true));
    }

    @Test
    void pageSizeAndCursorsAreChecked() {
        GraphQL.reader().send("{ countries(first: 101) { totalCount } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("first"));
        GraphQL.reader().send("{ countries(first: -1) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.reader().send("{ countries(after: \"not-a-cursor\") { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("after"));
    }
}
