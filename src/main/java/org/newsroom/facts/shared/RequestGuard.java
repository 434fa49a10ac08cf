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

    /** Stops the request (the first reason wins); returns whether this call stopped it. */
    public boolean stop(Stop reason) {
        return stop.compareAndSet(null, reason);
    }

    /** Why the request was stopped, or null while it runs. */
    public Stop stopped() {
        return stop.get();
    }

    /** Makes this guard the current thread's until {@link #leave()}. */
    public void enter() {
        CURRENT.set(this);
    }

    public void leave() {
        CURRENT.remove();
    }

    /** Whether the current thread runs a guarded request (an HTTP operation on its own worker thread). */
    public static boolean active() {
        return CURRENT.get() != null;
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
