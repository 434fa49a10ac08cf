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

/**
 * Loads a field's values in batches through a named java-dataloader of the operation's registry: graphql-java
 * collects the keys of one level and calls the batch function once. In an HTTP operation (its own worker thread,
 * delivery/OperationRunner) the batch runs at once on that thread, within the request's CDI scope: no hop. On an
 * event loop (subscription events) it runs as an ordered blocking task of the Vert.x context.
 */
public final class Batches {

    private Batches() {
    }

    /**
     * @param loader a name unique to what is loaded ({@code Fact.citations}); one batch per name and level
     * @param batch loads the values of many distinct keys at once (keys must implement equals and hashCode)
     */
    public static <K, V> CompletionStage<V> load(DataFetchingEnvironment env, String loader, K key, Function<List<K>, Map<K, V>> batch) {
        DataLoader<K, V> dataLoader = env.getDataLoaderRegistry().computeIfAbsent(loader,
                name -> DataLoaderFactory.<K, V> newMappedDataLoader(keys -> run(loader, keys, batch)));
        return dataLoader.load(key);
    }

    /**
     * The values of a batch's parents, in their order, from one load of their distinct keys (a parent whose key the
     * load does not answer gets null).
     */
    public static <P, K, V> List<V> inOrder(List<P> parents, Function<P, K> key, Function<List<K>, Map<K, V>> load) {
        Map<K, V> byKey = load.apply(parents.stream().map(key).distinct().toList());
        return parents.stream().map(p -> byKey.get(key.apply(p))).toList();
    }

    private static <K, V> CompletionStage<Map<K, V>> run(String loader, java.util.Set<K> keys, Function<List<K>, Map<K, V>> batch) {
        io.vertx.core.Context eventLoop = RequestGuard.active() ? null : Vertx.currentContext();
        if (eventLoop == null) {
            return CompletableFuture.completedFuture(RequestGuard.inScope(() -> guarded(loader, batch, keys)));
        }
        return eventLoop.executeBlocking(() -> guarded(loader, batch, keys), true).toCompletionStage();
    }

    private static <K, V> Map<K, V> guarded(String loader, Function<List<K>, Map<K, V>> batch, java.util.Set<K> keys) {
        RequestGuard.check(); // a stopped request loads nothing more
        try {
            return batch.apply(List.copyOf(keys));
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw ErrorBoundary.Handler.translate(e, loader);
        }
    }
}
