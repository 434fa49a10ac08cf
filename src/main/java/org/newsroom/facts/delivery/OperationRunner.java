package org.newsroom.facts.delivery;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.newsroom.facts.shared.Incidents;
import org.newsroom.facts.shared.RequestGuard;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.jsonp.JsonProviderHolder;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonReader;

/**
 * Runs one GraphQL operation of an HTTP request with SmallRye's execution service, off the event loop: the whole
 * operation — its cost check, every field (SmallRye's "run blocking" mode: no hop between threads), the
 * serialization and the end of the request scope, which closes the Hibernate session — happens on one worker thread,
 * so the event loop only reads requests and writes bytes, and a session is never used by two threads or after its
 * request. The request has a deadline ({@code request-timeout}): past it, the client is answered TIMEOUT at once and
 * the operation stops at its next field; a client that closes the connection stops it the same way and is counted
 * as an abort (logged at DEBUG: leaving is normal). Operations run on pools of their own, bounded in threads and in
 * waiting operations (beyond: OVERLOADED at once), so a crowd of heavy readers queues instead of starving the event
 * loop and the health checks of CPU; cheap and heavy operations (by the nodes they ask for) have a pool each, so a
 * cheap one never waits behind a crowd of heavy ones; their threads have no Vert.x context, so the HTTP layer ending the request's
 * context when a connection closes cannot end an operation's CDI scope under it.
 */
@ApplicationScoped
public class OperationRunner {

    private static final Logger LOG = Logger.getLogger(OperationRunner.class);

    /** What became of an operation: its answer (body and error codes), or an error that stands for it. */
    public record Outcome(byte[] body, boolean dataPresent, List<String> codes, String errorCode, String errorMessage,
            java.util.Set<String> tags, boolean planned) {

        Outcome(byte[] body, boolean dataPresent, List<String> codes, String errorCode, String errorMessage, java.util.Set<String> tags) {
            this(body, dataPresent, codes, errorCode, errorMessage, tags, false);
        }

        static Outcome error(String code, String message) {
            return new Outcome(null, false, List.of(code), code, message, java.util.Set.of());
        }

        boolean hasErrors() {
            return !codes.isEmpty();
        }
    }

    private final DeliveryConfig config;
    private final QueryCost cost;
    private final GraphQLMetrics metrics;
    private volatile ExecutionService executionService;

    @Inject
    FusedCountryPage fusedCountryPage;
    /**
     * Where cheap operations run (at most {@code cheap-nodes} nodes): max-concurrent-operations at once, a quarter of
     * max-queued-operations waiting. They never wait behind a heavy one.
     */
    private final ThreadPoolExecutor operations;
    /**
     * Where heavy operations run: half of max-concurrent-operations at once (at least one: what they hold in memory
     * is what makes a crowd of them costly), three quarters of max-queued-operations waiting.
     */
    private final ThreadPoolExecutor heavy;

    @Inject
    public OperationRunner(DeliveryConfig config, QueryCost cost, GraphQLMetrics metrics) {
        this.config = config;
        this.cost = cost;
        this.metrics = metrics;
        this.operations = pool("graphql-operation-", config.maxConcurrentOperations(), Math.max(1, config.maxQueuedOperations() / 4));
        this.heavy = pool("graphql-heavy-operation-", Math.max(1, config.maxConcurrentOperations() / 2),
                Math.max(1, config.maxQueuedOperations() * 3 / 4));
    }

    private static ThreadPoolExecutor pool(String name, int threads, int queue) {
        AtomicInteger started = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                task -> Thread.ofPlatform().daemon().name(name + started.incrementAndGet()).unstarted(task));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /**
     * Runs the operation; {@code answer} is called on the request's event loop, once, unless the client has gone.
     *
     * @param trusted whether the document may run for anyone (false: a document that is not registered, in
     *        trusted-documents mode, which then runs only for editors and chiefs)
     * @param cacheable whether the answer will be kept in the reader cache (then the tags it depends on are recorded)
     */
    public void run(RoutingContext rc, GraphQLRequest request, Document document, GraphQLSchema schema, boolean trusted, boolean cacheable,
            Consumer<Outcome> answer) {
        RequestGuard guard = new RequestGuard(() -> rc.response().closed(), cacheable);
        AtomicBoolean decided = new AtomicBoolean();
        QuarkusHttpUser user = (QuarkusHttpUser) rc.user();
        SecurityIdentity identity = user == null ? null : user.getSecurityIdentity();
        Uni<SecurityIdentity> deferred = identity == null ? QuarkusHttpUser.getSecurityIdentity(rc, null) : null;
        long deadline = config.requestTimeout().toMillis();
        long timer = rc.vertx().setTimer(deadline, id -> {
            if (guard.stop(RequestGuard.Stop.DEADLINE) && decided.compareAndSet(false, true)) {
                metrics.stopped(rc, "deadline");
                answer.accept(Outcome.error("TIMEOUT", "The request took longer than " + deadline + " ms and was stopped; try again"));
            }
        });
        rc.response().closeHandler(closed -> {
            if (!rc.response().ended() && guard.stop(RequestGuard.Stop.CLIENT_GONE) && decided.compareAndSet(false, true)) {
                metrics.stopped(rc, "client_gone");
                LOG.debugf("The client of %s %s left before its answer; its operation stops", rc.request().method(), rc.request().path());
            }
        });
        MultiMap headers = rc.request().headers();
        Context origin = Vertx.currentContext();
        String requestId = MDC.get(RequestIds.MDC_KEY) instanceof String id ? id : null;
        try {
            CompletableFuture.supplyAsync(() -> {
                if (guard.stopped() != null) {
                    return Outcome.error("TIMEOUT", "stopped while waiting"); // nobody waits for it any more
                }
                if (requestId != null) {
                    MDC.put(RequestIds.MDC_KEY, requestId);
                }
                try {
                    return execute(rc, request, document, schema, trusted, guard, identity, deferred, headers);
                } finally {
                    MDC.remove(RequestIds.MDC_KEY);
                }
            }, lane(request, document, schema)).whenComplete((outcome, failure) -> origin.runOnContext(v -> {
                rc.vertx().cancelTimer(timer);
                if (decided.compareAndSet(false, true)) {
                    answer.accept(failure == null ? outcome
                            : Outcome.error("INTERNAL_SERVER_ERROR", Incidents.translate(failure, "GraphQL execution").getMessage()));
                }
            }));
        } catch (RejectedExecutionException e) {
            rc.vertx().cancelTimer(timer);
            if (decided.compareAndSet(false, true)) {
                metrics.stopped(rc, "overloaded");
                answer.accept(Outcome.error("OVERLOADED", "The service is busy; try again in a moment"));
            }
        }
    }

    /**
     * Where this operation runs: the cheap lane when it asks for at most {@code cheap-nodes} nodes (counted as the node
     * limit counts them, before anything runs), else the heavy one.
     */
    private java.util.concurrent.Executor lane(GraphQLRequest request, Document document, GraphQLSchema schema) {
        try {
            Map<String, Object> variables = request.variables() == null ? Map.of() : request.variables().getMap();
            return cost.nodes(schema, document, request.operationName(), variables) <= config.cheapNodes() ? operations : heavy;
        } catch (RuntimeException e) {
            return operations; // a document that cannot be counted is refused at once when it runs
        }
    }

    /** How many operations wait for a thread now. */
    public int waiting() {
        return operations.getQueue().size() + heavy.getQueue().size();
    }

    void stop(@Observes ShutdownEvent event) {
        heavy.shutdown();
        operations.shutdown();
    }

    private Outcome execute(RoutingContext rc, GraphQLRequest request, Document document, GraphQLSchema schema, boolean trusted, RequestGuard guard,
            SecurityIdentity identity, Uni<SecurityIdentity> deferred, MultiMap headers) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        InjectableContext.ContextState state = requestContext.getState();
        guard.enter(state);
        try {
            CurrentIdentityAssociation association = Arc.container().instance(CurrentIdentityAssociation.class).get();
            if (identity != null) {
                association.setIdentity(identity);
            } else {
                association.setIdentity(deferred);
            }
            Arc.container().instance(CurrentVertxRequest.class).get().setCurrent(rc);
            if (!trusted && !GraphQLEndpoint.editor(association.getIdentity())) {
                return Outcome.error("TRUSTED_DOCUMENT_REQUIRED",
                        "Only registered documents may run here: send the sha256 hash of a registered document");
            }
            Map<String, Object> variables = request.variables() == null ? Map.of() : request.variables().getMap();
            QueryCost.Shape shape = cost.shape(schema, document, request.operationName(), variables);
            if (shape.depth() > config.maxDepth()) {
                return Outcome.error("QUERY_TOO_DEEP", "The query nests fields " + shape.depth() + " deep; at most " + config.maxDepth()
                        + " are allowed");
            }
            if (shape.fields() > config.maxComplexity()) {
                return Outcome.error("QUERY_TOO_COMPLEX", "The query selects " + shape.fields() + " fields; at most " + config.maxComplexity()
                        + " are allowed");
            }
            long nodes = cost.nodes(schema, document, request.operationName(), variables);
            if (nodes > config.maxNodes()) {
                return Outcome.error("QUERY_TOO_LARGE", "The query asks for up to " + (nodes == Long.MAX_VALUE ? "too many" : nodes)
                        + " nodes; at most " + config.maxNodes() + " are allowed (each connection counts its first times its parents)");
            }
            if (config.spikeFusedCountryPage() && rc.request().method() == io.vertx.core.http.HttpMethod.POST
                    && !GraphQLEndpoint.editor(association.getIdentity())) {
                byte[] fused = fusedCountryPage.answer(document); // the spike of issue 26: the benchmark's (a) only
                if (fused != null) {
                    return new Outcome(fused, true, List.of(), null, null, java.util.Set.of());
                }
            }
            if (config.plans().enabled() && !GraphQLEndpoint.editor(association.getIdentity())
                    && !(config.plans().executionHeader() && "graphql-java".equals(headers.get(EXECUTION_HEADER)))) {
                byte[] planned = plans(schema).answer(request.query(), document, request.operationName(), variables);
                if (planned != null && planned.length <= config.maxResponseBytes()) {
                    return new Outcome(planned, true, List.of(), null, null, java.util.Set.copyOf(guard.tags()), true);
                }
            }
            ExecutionResponse response = executeHere(request, state, headers);
            if (guard.stopped() != null) {
                return Outcome.error("TIMEOUT", "stopped");
            }
            return outcome(response, guard.tags());
        } finally {
            guard.leave();
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            if (!requestContext.isActive()) {
                requestContext.activate(state);
            }
            requestContext.terminate();
        }
    }

    /** Runs SmallRye's execution on this thread: every data fetcher and batch loader runs here, without a hop. */
    private ExecutionResponse executeHere(GraphQLRequest request, InjectableContext.ContextState state, MultiMap headers) {
        JsonObject input = new JsonObject().put("query", request.query());
        if (request.operationName() != null) {
            input.put("operationName", request.operationName());
        }
        if (request.variables() != null) {
            input.put("variables", request.variables());
        }
        Map<String, Object> context = new ConcurrentHashMap<>();
        context.put("runBlocking", Boolean.TRUE);
        Map<String, List<String>> httpHeaders = new HashMap<>();
        for (String name : headers.names()) {
            httpHeaders.put(name, headers.getAll(name));
        }
        context.put("httpHeaders", httpHeaders);
        context.put("state", state);
        ExecutionResponse[] response = new ExecutionResponse[1];
        Throwable[] failure = new Throwable[1];
        try (JsonReader reader = JsonProviderHolder.jsonProvider().createReader(new StringReader(input.encode()))) {
            executionService().execute(reader.readObject(), context, new ExecutionResponseWriter() {
                @Override
                public void write(ExecutionResponse r) {
                    response[0] = r;
                }

                @Override
                public void fail(Throwable t) {
                    failure[0] = t;
                }
            }, false);
        }
        if (failure[0] != null) {
            throw new IllegalStateException("the execution failed", failure[0]);
        }
        return response[0];
    }

    private Outcome outcome(ExecutionResponse response, java.util.Set<String> tags) {
        ExecutionResult result = response.getExecutionResult();
        if (result.isDataPresent() && result.getErrors().stream().anyMatch(e -> e.getErrorType() == ErrorType.ExecutionAborted)) {
            return Outcome.error("INTERNAL_SERVER_ERROR", Incidents.translate(new IllegalStateException("execution aborted"),
                    "GraphQL execution").getMessage());
        }
        List<String> codes = new ArrayList<>();
        byte[] bytes;
        if (result.getErrors().isEmpty()) {
            bytes = ResultWriter.write(result); // most answers: straight from graphql-java's result, streamed
        } else { // SmallRye formats the errors (extensions), then only what clients may see is kept
            ErrorPayloads.Safe safe = ErrorPayloads.of(response.getExecutionResultAsString());
            codes.addAll(safe.codes());
            bytes = safe.body().getBytes(StandardCharsets.UTF_8);
        }
        if (bytes.length > config.maxResponseBytes()) {
            return Outcome.error("RESPONSE_TOO_LARGE", "The answer would be larger than " + config.maxResponseBytes()
                    + " bytes; ask for fewer items or fields");
        }
        return new Outcome(bytes, result.isDataPresent(), codes, null, null, java.util.Set.copyOf(tags));
    }

    /** The header that, in tests ({@link DeliveryConfig.Plans#executionHeader}), chooses and reports the execution. */
    static final String EXECUTION_HEADER = "X-Newsroom-Execution";

    private volatile ReadPlans plans;

    /** The plans of the schema the operations run on (one for the life of the service). */
    private ReadPlans plans(GraphQLSchema schema) {
        ReadPlans p = plans;
        if (p == null) {
            p = plans = new ReadPlans(schema, Arc.container().instance(LeanReadPath.class).get().roots(), config.plans().maxDocuments(),
                    Arc.container().instance(org.newsroom.facts.shared.ReadDatabase.class).get());
        }
        return p;
    }

    private ExecutionService executionService() {
        ExecutionService s = executionService;
        if (s == null) {
            s = executionService = Arc.container().instance(ExecutionService.class).get();
        }
        return s;
    }
}
