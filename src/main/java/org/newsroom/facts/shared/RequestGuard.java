package org.newsroom.facts.shared;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the HTTP request an operation runs for still wants its answer: the client may have gone, or its
 * deadline passed. The endpoint opens one per request on the thread that runs it; {@link ErrorBoundary} checks it
 * before every API call, so an abandoned request stops at its next field instead of running to the end.
 */
public final class RequestGuard {

    /** Why a request was stopped. */
    public enum Stop {
        /** The client closed the connection before the answer was written. */
        CLIENT_GONE,
        /** The request ran past its deadline. */
        DEADLINE
    }

    private static final ThreadLocal<RequestGuard> CURRENT = new ThreadLocal<>();

    private final AtomicReference<Stop> stop = new AtomicReference<>();
    private final java.util.function.BooleanSupplier clientGone;

    /**
     * @param clientGone whether the client's connection is closed (asked when a failure might be its consequence)
     * @param cacheable whether the answer will be cached, so that the tags of what it depends on are recorded
     */
    public RequestGuard(java.util.function.BooleanSupplier clientGone, boolean cacheable) {
        this.clientGone = clientGone;
        this.tags = cacheable ? new java.util.LinkedHashSet<>() : null;
    }

    /** Stops the request (the first reason wins); returns whether this call stopped it. */
    public boolean stop(Stop reason) {
        return stop.compareAndSet(null, reason);
    }

    /** Why the request was stopped, or null while it runs. */
    public Stop stopped() {
        return stop.get();
    }

    /**
     * The cache tags of what the answer is made of, recorded only for an answer that will be cached (a reader's GET);
     * only the operation's thread adds to it.
     */
    private final java.util.Set<String> tags;

    /** Records that the current request's answer depends on the tagged data; does nothing when nothing records them. */
    public static void depends(String tag) {
        RequestGuard guard = CURRENT.get();
        if (guard != null && guard.tags != null) {
            guard.tags.add(tag);
        }
    }

    /** The cache tags the answer depends on, as recorded so far (none when the answer is not cached). */
    public java.util.Set<String> tags() {
        return tags == null ? java.util.Set.of() : tags;
    }

    /** The request's CDI scope, which batches re-enter (SmallRye's fields leave it inactive between them). */
    private volatile io.quarkus.arc.InjectableContext.ContextState scope;

    /** Makes this guard the current thread's until {@link #leave()}. */
    public void enter() {
        CURRENT.set(this);
    }

    /** Makes this guard the current thread's until {@link #leave()}, with the request's CDI scope. */
    public void enter(io.quarkus.arc.InjectableContext.ContextState requestScope) {
        this.scope = requestScope;
        CURRENT.set(this);
    }

    /**
     * Runs work of the current thread's request (a batch of the read path) within the request's CDI scope: its
     * caller, its session. Outside a guarded request it just runs.
     */
    public static <T> T inScope(java.util.function.Supplier<T> work) {
        RequestGuard guard = CURRENT.get();
        if (guard == null || guard.scope == null) {
            return work.get();
        }
        io.quarkus.arc.ManagedContext context = io.quarkus.arc.Arc.container().requestContext();
        if (context.isActive()) {
            return work.get();
        }
        context.activate(guard.scope);
        try {
            return work.get();
        } finally {
            context.deactivate();
        }
    }

    public void leave() {
        CURRENT.remove();
    }

    /** Whether the current thread runs a guarded request (an HTTP operation on its own worker thread). */
    public static boolean active() {
        return CURRENT.get() != null;
    }

    /**
     * Whether the current thread's request was stopped, or its client has gone (then it is stopped now): a failure
     * in such a request is a consequence of the client leaving (the HTTP layer ends the request's scope when the
     * connection closes), not an incident.
     */
    public static boolean abandoned() {
        RequestGuard guard = CURRENT.get();
        if (guard == null) {
            return false;
        }
        if (guard.stop.get() == null && guard.clientGone.getAsBoolean()) {
            guard.stop(Stop.CLIENT_GONE);
        }
        return guard.stop.get() != null;
    }

    /** Fails when the current thread's request was stopped; does nothing outside a guarded request. */
    public static void check() {
        RequestGuard guard = CURRENT.get();
        Stop reason = guard == null ? null : guard.stop.get();
        if (reason != null) {
            throw new RequestStoppedException(reason);
        }
    }
}
