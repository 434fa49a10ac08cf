package org.newsroom.facts.delivery;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Per-operation GraphQL timings and error counts for Prometheus ({@code /q/metrics}):
 * {@code graphql_requests_seconds{operation,type,outcome}} for every GraphQL HTTP request, and
 * {@code graphql_errors_total{operation,code}} for every error code in an answer. An operation is named by its
 * root fields ({@code country}, {@code country+search}); names that are no root field of the schema are counted
 * as {@code invalid}, so clients cannot grow the number of series.
 */
@ApplicationScoped
public class GraphQLMetrics {

    private static final String OPERATION = "newsroom.metrics.operation";
    private static final String TYPE = "newsroom.metrics.type";
    private static final String CODES = "newsroom.metrics.codes";
    private static final int MAX_FIELDS = 3;

    private final MeterRegistry registry;
    private final Cache<OperationDefinition, Name> names = org.newsroom.facts.shared.Caches.build(Caffeine.newBuilder().weakKeys().maximumSize(2_000));

    @Inject
    public GraphQLMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Starts timing the request; the sample is recorded when its response has been written. */
    public void track(RoutingContext rc) {
        long start = System.nanoTime();
        rc.addBodyEndHandler(v -> record(rc, System.nanoTime() - start));
    }

    /**
     * Names the operation the request runs; {@code rootField} says whether a name is a root field of its type.
     * Worked out once per parsed operation (the endpoint keeps parsed documents), not once per request: cached
     * answers are served at tens of thousands per second.
     */
    public void operation(RoutingContext rc, OperationDefinition operation, Predicate<String> rootField) {
        Name name = names.get(operation, op -> name(op, rootField));
        rc.put(TYPE, name.type());
        rc.put(OPERATION, name.operation());
    }

    private static Name name(OperationDefinition operation, Predicate<String> rootField) {
        TreeSet<String> fields = new TreeSet<>();
        for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
            if (!(selection instanceof Field field)) {
                fields.add("fragment");
            } else if (rootField.test(field.getName())) {
                fields.add(field.getName());
            } else {
                fields.add("invalid");
            }
        }
        return new Name(operation.getOperation().name().toLowerCase(Locale.ROOT), fields.contains("invalid") ? "invalid"
                : fields.size() > MAX_FIELDS ? "multiple" : String.join("+", fields));
    }

    /** The tags of an operation: its kind and its root fields. */
    private record Name(String type, String operation) {
    }

    /**
     * Counts a request whose operation was stopped before it finished: {@code client_gone} (the client closed the
     * connection) or {@code deadline} (it ran past the request timeout).
     */
    public void stopped(RoutingContext rc, String reason) {
        Counter.builder("graphql.requests.stopped").description("GraphQL requests stopped before their answer, by reason")
                .tags("operation", valueOr(rc.get(OPERATION), "unknown"), "reason", reason).register(registry).increment();
    }

    /** The error codes of the answer (each counted once per answer and code). */
    public static void errors(RoutingContext rc, List<String> codes) {
        rc.put(CODES, codes);
    }

    private void record(RoutingContext rc, long nanos) {
        String operation = valueOr(rc.get(OPERATION), "unknown");
        String type = valueOr(rc.get(TYPE), "unknown");
        List<String> codes = valueOr(rc.get(CODES), List.of());
        int status = rc.response().getStatusCode();
        String outcome = status >= 500 ? "server_error" : status >= 400 || !codes.isEmpty() ? "error" : "ok";
        Timer.builder("graphql.requests").description("GraphQL requests over HTTP by operation (root fields)")
                .tags("operation", operation, "type", type, "outcome", outcome)
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
        for (String code : new TreeSet<>(codes)) {
            Counter.builder("graphql.errors").description("Errors in GraphQL answers by operation and code")
                    .tags("operation", operation, "code", code).register(registry).increment();
        }
    }

    private static <T> T valueOr(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
