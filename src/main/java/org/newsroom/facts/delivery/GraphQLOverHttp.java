package org.newsroom.facts.delivery;

import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The GraphQL-over-HTTP rules applied before any GraphQL route sees a request: an Accept header the service
 * cannot serve gets 406; no Accept, or any type, means application/json; a POST must be application/json (415
 * otherwise); responses {@link GraphQLEndpoint} marks cacheable (readers' successful GET queries) carry a short
 * shared {@code Cache-Control}, everything else {@code no-store}.
 */
@ApplicationScoped
public class GraphQLOverHttp {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final List<String> SERVED = List.of("application/json", GRAPHQL_RESPONSE, "application/*", "*/*");

    void register(@Observes Filters filters, @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String root,
            DeliveryConfig config) {
        String shared = "public, max-age=" + config.maxAgeSeconds();
        filters.register(rc -> {
            if (isGraphQL(rc, root)) {
                cacheControl(rc, shared);
                check(rc);
            } else {
                rc.next();
            }
        }, 100);
    }

    /**
     * Readers' successful GET queries may be cached by shared caches for a short while; anything with a token,
     * any POST and any error may not.
     */
    private static void cacheControl(RoutingContext rc, String shared) {
        boolean reader = rc.request().getHeader(HttpHeaders.AUTHORIZATION) == null;
        rc.addHeadersEndHandler(v -> {
            boolean cacheable = Boolean.TRUE.equals(rc.get(GraphQLEndpoint.CACHEABLE));
            rc.response().putHeader(HttpHeaders.CACHE_CONTROL, cacheable ? shared : reader ? "no-store" : "private, no-store");
            rc.response().putHeader(HttpHeaders.VARY, "Accept, Authorization");
        });
    }

    private static boolean isGraphQL(RoutingContext rc, String root) {
        String path = rc.normalizedPath();
        return path.equals(root) || path.equals(root + "/");
    }

    private static void check(RoutingContext rc) {
        String accept = rc.request().getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank() || accept.trim().startsWith("*/*")) {
            rc.request().headers().set(HttpHeaders.ACCEPT, "application/json");
        } else if (!acceptable(accept)) {
            refuse(rc, 406, "This endpoint answers with application/json or " + GRAPHQL_RESPONSE);
            return;
        }
        String contentType = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (rc.request().method() == HttpMethod.POST
                && (contentType == null || !contentType.trim().toLowerCase().startsWith("application/json"))) {
            refuse(rc, 415, "A POST carries its GraphQL request as Content-Type: application/json");
            return;
        }
        rc.next();
    }

    private static boolean acceptable(String accept) {
        for (String part : accept.split(",")) {
            String[] typeAndParams = part.trim().split(";");
            String type = typeAndParams[0].trim().toLowerCase();
            boolean refused = false;
            for (int i = 1; i < typeAndParams.length; i++) {
                String p = typeAndParams[i].trim().replace(" ", "");
                refused |= p.equals("q=0") || p.equals("q=0.0") || p.equals("q=0.00") || p.equals("q=0.000");
            }
            if (!refused && SERVED.contains(type)) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(RoutingContext rc, int status, String message) {
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(new JsonObject().put("errors", new JsonArray().add(new JsonObject().put("message", message))).encode());
    }
}
