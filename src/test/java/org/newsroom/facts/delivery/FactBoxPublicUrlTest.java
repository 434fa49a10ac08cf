package org.newsroom.facts.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With {@code newsroom.delivery.public-url} set, the fact box and its oEmbed answer name the public https address, not
 * the one the request reached (behind a proxy that ends TLS, an http one: a link a page on https would not load).
 */
@QuarkusTest
@TestProfile(FactBoxPublicUrlTest.Public.class)
class FactBoxPublicUrlTest {

    /** The service behind a proxy at https://facts.example.org. */
    public static class Public implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsroom.delivery.public-url", "https://facts.example.org");
        }
    }

    @Test
    void theBoxAndItsOEmbedAnswerNameThePublicAddress() {
        String id = FactBoxTest.kremlinClaim();
        String address = "https://facts.example.org/embed/facts/" + id;
        given().get("/embed/facts/" + id).then().statusCode(200)
                .body(containsString("href=\"https://facts.example.org/oembed?url=" + java.net.URLEncoder.encode(address, java.nio.charset.StandardCharsets.UTF_8)
                        + "&amp;format=json\""));
        given().queryParam("url", address).get("/oembed").then().statusCode(200)
                .body("provider_url", equalTo("https://facts.example.org/"))
                .body("title", containsString("The Kremlin"));
    }
}
