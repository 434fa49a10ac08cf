package org.newsroom.facts.delivery;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Gives every HTTP request an id — the caller's {@code X-Request-Id} when it is a plain token, a new UUID
 * otherwise — which every log line written for the request carries ({@code requestId} in the MDC; the Vert.x
 * request context carries it to worker threads) and the response echoes.
 */
@ApplicationScoped
public class RequestIds {

    /** The header a proxy or client may set, and the response carries. */
    public static final String HEADER = "X-Request-Id";
    /** The MDC key of the logs. */
    public static final String MDC_KEY = "requestId";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String id = rc.request().getHeader(HEADER);
            if (id == null || !PLAIN.matcher(id).matches()) {
                id = UUID.randomUUID().toString();
            }
            MDC.put(MDC_KEY, id);
            rc.response().putHeader(HEADER, id);
            rc.next();
        }, 1000);
    }
}
