package org.newsroom.facts.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.graphql.Mutation;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;

/**
 * Put on every GraphQL API class: errors the API reports on purpose ({@link ApiException}) pass through; anything
 * else reaches the client as {@link Incidents#translate} says, never with a class name, SQL or stack trace. A call
 * for a request that was stopped (its client left, its deadline passed: {@link RequestGuard}) is not made. When a mutation has finished (its transaction is over), it fires
 * {@link MutationCompleted} so that caches of what readers see are dropped before the answer leaves.
 */
@InterceptorBinding
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface ErrorBoundary {

    /** The interceptor behind {@link ErrorBoundary}. */
    @ErrorBoundary
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE)
    class Handler {

        private static final Map<Method, Boolean> MUTATIONS = new ConcurrentHashMap<>();

        @Inject
        Event<MutationCompleted> mutationCompleted;

        @AroundInvoke
        Object guard(InvocationContext call) throws Exception {
            try {
                RequestGuard.check();
                return call.proceed();
            } catch (ApiException | ReadDatabase.Gathered e) {
                throw e; // a reported error, or a first pass that stopped at its statement (ReadDatabase.together)
            } catch (RuntimeException e) {
                throw translate(e, call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName());
            } finally {
                if (MUTATIONS.computeIfAbsent(call.getMethod(), m -> m.isAnnotationPresent(Mutation.class))) {
                    mutationCompleted.fire(new MutationCompleted(call.getMethod().getName()));
                }
            }
        }

        /** Logs an unexpected error and returns what the client may see of it. */
        public static ApiException translate(Throwable e, String where) {
            return Incidents.translate(e, where);
        }
    }
}
