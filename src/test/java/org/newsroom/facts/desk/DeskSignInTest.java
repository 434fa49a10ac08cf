package org.newsroom.facts.desk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;

/**
 * The desk in the test profile: the page and its assets are served by the service, and "Sign in as" signs a token
 * with the development key exactly as deploy/dev-token.sh does, which /graphql then trusts like any client's.
 */
@QuarkusTest
class DeskSignInTest {

    @Test
    void thePageAndItsAssetsAreServedByTheService() {
        given().redirects().follow(false).get("/desk").then().statusCode(302).header("Location", "/desk/");
        given().get("/desk/").then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .body(containsString("<main id=\"main\""))
                .body(containsString("/webjars/graphql-ws/umd/graphql-ws.min.js"));
        given().get("/webjars/graphql-ws/umd/graphql-ws.min.js").then().statusCode(200).body(containsString("graphql-transport-ws"));
        given().get("/desk/desk.js").then().statusCode(200);
        given().get("/desk/desk.css").then().statusCode(200);
    }

    @Test
    void signInAsSignsADevelopmentTokenThatTheApiTrusts() {
        given().get("/desk/api/sign-in").then().statusCode(200)
                .body("mode", equalTo("sign-in-as")).body("roles", contains("editor", "chief"));
        String token = given().contentType(ContentType.JSON).body(Map.of("user", "ines", "role", "editor"))
                .post("/desk/api/sign-in-as").then().statusCode(200)
                .body("user", equalTo("ines")).body("roles", contains("editor"))
                .extract().path("token");
        JsonObject claims = new JsonObject(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
        // the claims of deploy/dev-token.sh
        assertEquals("newsroom-facts-dev", claims.getString("iss"));
        assertEquals("ines", claims.getString("sub"));
        assertEquals("ines", claims.getString("preferred_username"));
        assertEquals("editor", claims.getJsonArray("groups").getString(0));
        assertEquals(8 * 3600, claims.getLong("exp") - claims.getLong("iat"));
        assertTrue(claims.getString("jti").matches("[0-9a-f]{16}"), claims.encode());

        GraphQL.as(token).send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment("KP", "RU"))
                .body("errors", nullValue()).body("data.createDeployment.status", equalTo("DRAFT"));
        // an editor, not a chief: the role came through
        GraphQL.as(token).send("mutation { publishFact(id: \"1\", expectedVersion: 1) { status } }")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void withoutAnIdentityProviderItsSignInIsClosed() {
        given().redirects().follow(false).get("/desk/login").then().statusCode(401);
        given().header("X-Requested-With", "JavaScript").get("/desk/api/session").then().statusCode(401);
    }

    @Test
    void signInAsRefusesWhatItCannotSign() {
        given().contentType(ContentType.JSON).body(Map.of("user", "ines", "role", "admin")).post("/desk/api/sign-in-as")
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
        given().contentType(ContentType.JSON).body(Map.of("user", "<script>", "role", "chief")).post("/desk/api/sign-in-as")
                .then().statusCode(400).body("errors[0].field", equalTo("user"));
        given().contentType(ContentType.JSON).body("not json").post("/desk/api/sign-in-as")
                .then().statusCode(400).body("errors[0].field", equalTo("user"));
        // a missing or non-string role is a 400 with its field, not a 500
        given().contentType(ContentType.JSON).body(Map.of("user", "ines")).post("/desk/api/sign-in-as")
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
        given().contentType(ContentType.JSON).body(Map.of("user", "ines", "role", 5)).post("/desk/api/sign-in-as")
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
        given().contentType(ContentType.JSON).body(Map.of("user", "ines", "role", "chief")).post("/desk/api/sign-in-as")
                .then().statusCode(200); // positive control
    }
}
