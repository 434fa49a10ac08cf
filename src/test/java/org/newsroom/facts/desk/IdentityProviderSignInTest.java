package org.newsroom.facts.desk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.MockIdentityProvider;
import org.newsroom.facts.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;

/**
 * The desk in production (the prod profile, with a local stand-in for the identity provider): there is no "Sign in
 * as"; /desk/login runs the OIDC authorization code flow, and the page's session hands it the provider's access
 * token, which /graphql trusts with the roles of its groups claim — and a development token is no longer trusted.
 */
@QuarkusTest
@TestProfile(IdentityProviderSignInTest.Production.class)
class IdentityProviderSignInTest {

    /** The prod profile with an embedded database and the mock provider. */
    public static class Production implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // the provider's key location and issuer come from MockIdentityProvider at start; named here so that the
            // build does not generate a development key pair for want of one
            return Map.of("mp.jwt.verify.publickey.location", "${newsroom.test.identity-provider-jwks:http://localhost:1/jwks}", "newsroom.embedded-db.enabled", "true", "newsroom.embedded-db.ephemeral", "true",
                    "quarkus.http.test-port", "0", "quarkus.shutdown.delay-enabled", "false", "quarkus.log.console.json.enabled", "false",
                    "newsroom.webhooks.worker.enabled", "false",
                    // for the test's own development token, which production must refuse
                    "smallrye.jwt.sign.key.location", "file:deploy/dev-keys/private.pem");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(MockIdentityProvider.class));
        }
    }

    @Test
    void thereIsNoSignInAsInProduction() {
        given().get("/desk/api/sign-in").then().statusCode(200).body("mode", equalTo("identity-provider")).body("roles", empty());
        // nothing takes the request (DeskSignInTest is the positive control: 200 in the test profile)
        given().contentType(ContentType.JSON).body(Map.of("user", "ines", "role", "chief")).post("/desk/api/sign-in-as")
                .then().statusCode(anyOf(is(404), is(405))).body(not(containsString("token")));
        given().get("/desk/").then().statusCode(200).body(not(containsString("Sign in as")));
    }

    @Test
    void theDeskSignsInThroughTheIdentityProvider() {
        MockIdentityProvider.nextUser = Map.entry("chief.ada", List.of("chief"));
        CookieFilter cookies = new CookieFilter();
        // a script without a session is told so (499), not redirected
        given().filter(cookies).header("X-Requested-With", "JavaScript").redirects().follow(false).get("/desk/api/session")
                .then().statusCode(499);
        String toProvider = given().filter(cookies).redirects().follow(false).get("/desk/login")
                .then().statusCode(302).header("Location", containsString("/realm/authorize")).extract().header("Location");
        String back = given().filter(cookies).urlEncodingEnabled(false).redirects().follow(false).get(toProvider)
                .then().statusCode(302).header("Location", containsString("/desk/login?code=")).extract().header("Location");
        int exchanged = MockIdentityProvider.exchanges;
        given().filter(cookies).urlEncodingEnabled(false).redirects().follow(false).get(back).then().statusCode(302).header("Location", startsWith("http"));
        assertEquals(exchanged + 1, MockIdentityProvider.exchanges, "the code was exchanged at the provider");
        given().filter(cookies).redirects().follow(false).get("/desk/login").then().statusCode(303).header("Location", "/desk/");
        String token = given().filter(cookies).header("X-Requested-With", "JavaScript").get("/desk/api/session")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .body("user", equalTo("chief.ada")).body("roles", contains("chief"))
                .extract().path("token");

        // the provider's access token is what the page sends to /graphql: a chief, by its groups claim
        GraphQL.as(token).send("{ corrections(first: 1) { totalCount } }").body("errors", nullValue());
        GraphQL.as(token).send("mutation { reviewCorrection(id: \"999999\", decision: REJECT) { id } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        // production trusts the provider only: a development token is refused
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + Tokens.chief("carla"))
                .body(Map.of("query", "{ corrections(first: 1) { totalCount } }")).post("/graphql")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void anEditorFromTheProviderIsAnEditor() {
        MockIdentityProvider.nextUser = Map.entry("ed.bo", List.of("editor"));
        CookieFilter cookies = new CookieFilter();
        String toProvider = given().filter(cookies).redirects().follow(false).get("/desk/login").then().extract().header("Location");
        String back = given().filter(cookies).urlEncodingEnabled(false).redirects().follow(false).get(toProvider).then().extract().header("Location");
        given().filter(cookies).urlEncodingEnabled(false).redirects().follow(false).get(back).then().statusCode(302);
        String token = given().filter(cookies).get("/desk/api/session").then().statusCode(200)
                .body("roles", contains("editor")).extract().path("token");
        GraphQL.as(token).send("mutation { reviewCorrection(id: \"999999\", decision: REJECT) { id } }")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }
}
