package org.newsroom.facts.shared;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;

import graphql.schema.DataFetchingEnvironment;
import io.vertx.core.Vertx;
import io.smallrye.graphql.api.Context;

/**
 * Batches a field that takes arguments, such as {@code Country.deploymentsFrom(filter, first, after)}.
 * SmallRye's {@code @Source List} batching hands every alias of a field the arguments of the first one, so
 * two aliases with different filters would get the same page. Here the arguments are part of the key: the
 * batch function groups its keys by arguments and runs one query per distinct set, whatever the number of
 * parents.
 */
public final class ArgumentBatch {

    private ArgumentBatch() {
    }

    /**
     * @param loader a name unique to the field ({@code Country.deploymentsFrom})
     * @param key the parent and the field's arguments; must implement equals and hashCode
     * @param batch loads the values of many keys at once. HTTP operations run on a worker thread of their own
     *        (delivery/OperationRunner), where it runs at once, with the request's CDI scope, security identity and
     *        Hibernate session. Called on an event loop (subscription events), it runs as an ordered blocking task of
     *        the request's Vert.x context, like SmallRye's own blocking fields.
     */
    public static <K, V> CompletionStage<V> load(Context context, String loader, K key, Function<List<K>, Map<K, V>> batch) {
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        io.vertx.core.Context request = Vertx.currentContext();
        boolean here = RequestGuard.active();
        io.quarkus.arc.ManagedContext scope = io.quarkus.arc.Arc.container().requestContext();
        io.quarkus.arc.InjectableContext.ContextState state = scope.isActive() ? scope.getState() : null;
        DataLoader<K, V> dataLoader = env.getDataLoaderRegistry().computeIfAbsent(loader,
                name -> DataLoaderFactory.<K, V> newMappedDataLoader(keys -> here
                        ? CompletableFuture.completedFuture(inScope(scope, state, () -> guarded(loader, batch, keys)))
                        : request == null ? CompletableFuture.completedFuture(guarded(loader, batch, keys))
                        : request.executeBlocking(() -> guarded(loader, batch, keys), true).toCompletionStage()));
        return dataLoader.load(key);
    }

    /** Runs the batch within the request's CDI scope (SmallRye leaves it inactive between the fields it fetches). */
    private static <T> T inScope(io.quarkus.arc.ManagedContext scope, io.quarkus.arc.InjectableContext.ContextState state,
            java.util.function.Supplier<T> work) {
        if (scope.isActive() || state == null) {
            return work.get();
        }
        scope.activate(state);
        try {
            return work.get();
        } finally {
            scope.deactivate();
        }
    }

    private static <K, V> Map<K, V> guarded(String loader, Function<List<K>, Map<K, V>> batch, java.util.Set<K> keys) {
        RequestGuard.check(); // a stopped request loads nothing more
        try {
            return batch.apply(List.copyOf(keys));
        } catch (RuntimeException e) {
            throw ErrorBoundary.Handler.translate(e, loader);
        }
    }
}
