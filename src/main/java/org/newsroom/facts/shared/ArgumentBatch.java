package org.newsroom.facts.shared;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/**
 * Batches a field that takes arguments, such as {@code Country.deploymentsFrom(filter, first, after)}.
 * SmallRye's {@code @Source List} batching hands every alias of a field the arguments of the first one, so
 * two aliases with different filters would get the same page. Here the arguments are part of the key: the
 * batch function groups its keys by arguments and runs one query per distinct set, whatever the number of
 * parents. (On the read path the same batches run from plain data fetchers: {@link Batches}.)
 */
public final class ArgumentBatch {

    private ArgumentBatch() {
    }

    /**
     * @param loader a name unique to the field ({@code Country.deploymentsFrom})
     * @param key the parent and the field's arguments; must implement equals and hashCode
     * @param batch loads the values of many keys at once
     */
    public static <K, V> CompletionStage<V> load(Context context, String loader, K key, Function<List<K>, Map<K, V>> batch) {
        return Batches.load(context.unwrap(DataFetchingEnvironment.class), loader, key, batch);
    }
}
