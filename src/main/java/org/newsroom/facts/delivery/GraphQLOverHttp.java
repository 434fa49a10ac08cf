package org.newsroom.facts.delivery;

import java.util.Locale;

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
    static final String JSON = "application/json";
    /** Set on the routing context: the media type negotiated for the response. */
    static final String MEDIA_TYPE = "newsroom.graphql.media-type";

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
        String mediaType = negotiate(accept);
        if (mediaType == null) {
            refuse(rc, 406, "This endpoint answers with application/json or " + GRAPHQL_RESPONSE);
            return;
        }
        rc.put(MEDIA_TYPE, mediaType);
        if (accept == null || accept.isBlank() || accept.trim().startsWith("*/*")) {
            rc.request().headers().set(HttpHeaders.ACCEPT, JSON); // for SmallRye's own routes (OPTIONS, WebSocket)
        }
        String contentType = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (rc.request().method() == HttpMethod.POST
                && (contentType == null || !contentType.trim().toLowerCase().startsWith("application/json"))) {
            refuse(rc, 415, "A POST carries its GraphQL request as Content-Type: application/json");
            return;
        }
        rc.next();
    }

    /**
     * The media type to answer with: the served type the Accept header ranks highest (q > 0), application/json
     * for no Accept, {@code application/*} or {@code *}{@code /*}; null when the header admits none of them.
     */
    static String negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        String best = null;
        double bestQ = 0;
        for (String part : accept.split(",")) {
            String[] typeAndParams = part.trim().split(";");
            String type = typeAndParams[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < typeAndParams.length; i++) {
                String p = typeAndParams[i].trim().replace(" ", "");
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            String served = type.equals(GRAPHQL_RESPONSE) ? GRAPHQL_RESPONSE
                    : type.equals(JSON) || type.equals("application/*") || type.equals("*/*") ? JSON : null;
            if (served != null && q > bestQ) {
                best = served;
                bestQ = q;
            }
        }
        return best;
    }

    private static void refuse(RoutingContext rc, int status, String message) {
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(new JsonObject().put("errors", new JsonArray().add(new JsonObject().put("message", message))).encode());
    }
}
