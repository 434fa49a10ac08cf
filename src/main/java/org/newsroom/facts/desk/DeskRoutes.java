package org.newsroom.facts.desk;

import java.util.Map;
import java.util.regex.Pattern;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The desk's HTTP edge. The page and its assets are static resources ({@code META-INF/resources/desk/}) that talk to
 * {@code /graphql} like any client; here are only the ways to a token: {@code GET /desk/api/sign-in} (what the page
 * offers), {@code POST /desk/api/sign-in-as} (dev and test only: absent elsewhere, so 404), and the identity
 * provider's {@code /desk/login} and {@code /desk/api/session} (code flow, see application.properties).
 */
@ApplicationScoped
public class DeskRoutes {

    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    @Inject
    DeskSignIn signIn;

    void register(@Observes Router router) {
        router.getWithRegex("/desk").handler(rc -> rc.response().setStatusCode(302).putHeader("Location", "/desk/").end());
        router.get("/desk/api/sign-in").handler(rc -> json(rc, 200, new JsonObject(signIn.options())));
        if (signIn.signInAsExists()) {
            router.post("/desk/api/sign-in-as").handler(BodyHandler.create().setBodyLimit(4096)).handler(this::signInAs);
        }
        // reached only once the identity provider has signed the user in (the code flow guards these paths)
        router.get("/desk/login").handler(rc -> rc.response().setStatusCode(303).putHeader("Location", "/desk/").end());
        router.get("/desk/api/session").handler(this::session);
    }

    private void signInAs(RoutingContext rc) {
        JsonObject body;
        try {
            body = rc.body().asJsonObject();
        } catch (RuntimeException e) {
            body = null;
        }
        String user = body == null ? null : body.getValue("user") instanceof String s ? s.trim() : null;
        String role = body == null ? null : body.getValue("role") instanceof String s ? s : null;
        if (user == null || !USER.matcher(user).matches()) {
            error(rc, "user", "A user name has 1 to 64 letters, digits or . _ @ -");
        } else if (role == null || !DeskSignIn.ROLES.contains(role)) { // List.of(…).contains(null) throws
            error(rc, "role", "The role is editor or chief");
        } else {
            json(rc, 200, new JsonObject(signIn.signInAs(user, role).json()));
        }
    }

    private void session(RoutingContext rc) {
        DeskSignIn.SignedIn signedIn = rc.user() instanceof QuarkusHttpUser user ? signIn.fromIdentityProvider(user.getSecurityIdentity()) : null;
        if (signedIn == null) {
            json(rc, 401, new JsonObject().put("error", "not signed in"));
        } else {
            rc.response().putHeader("Cache-Control", "no-store");
            json(rc, 200, new JsonObject(signedIn.json()));
        }
    }

    private static void error(RoutingContext rc, String field, String message) {
        json(rc, 400, new JsonObject().put("errors", new JsonArray().add(new JsonObject(Map.of("field", field, "message", message)))));
    }

    private static void json(RoutingContext rc, int status, JsonObject body) {
        rc.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
    }
}
