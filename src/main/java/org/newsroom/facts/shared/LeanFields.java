package org.newsroom.facts.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.Function;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

/**
 * The registry features write the lean read path's data fetchers into: plain graphql-java fetchers, which build no
 * SmallRye context and no selected-fields JSON, and batches that run on the operation's own thread ({@link Batches}).
 */
public final class LeanFields {

    private final GraphQLSchema schema;
    private final GraphQLCodeRegistry.Builder registry;

    public LeanFields(GraphQLSchema schema, GraphQLCodeRegistry.Builder registry) {
        this.schema = schema;
        this.registry = registry;
    }

    /** The names of the object types that implement an interface ({@code Fact}: every kind of fact). */
    public List<String> implementationsOf(String interfaceName) {
        return schema.getImplementations((GraphQLInterfaceType) schema.getType(interfaceName)).stream()
                .map(GraphQLObjectType::getName).toList();
    }

    /** A field computed from its parent and arguments, without I/O. */
    public void plain(String type, String field, DataFetcher<?> fetcher) {
        registry.dataFetcher(FieldCoordinates.coordinates(type, field), fetcher);
    }

    /**
     * A field without arguments loaded for all the parents of a level at once.
     *
     * @param loader names the batch: the same name on several types (an interface's field) makes one batch of all
     * @param batch the values of the parents, in their order (the annotated API's {@code @Source List} method)
     */
    public <P, V> void batched(String loader, String type, String field, Function<List<P>, List<V>> batch) {
        DataFetcher<CompletionStage<V>> fetcher = env -> Batches.<P, V> load(env, loader, env.getSource(), parents -> {
            List<V> values = batch.apply(parents);
            Map<P, V> byParent = new HashMap<>(parents.size() * 2);
            for (int i = 0; i < parents.size(); i++) {
                byParent.put(parents.get(i), values.get(i));
            }
            return byParent;
        });
        plain(type, field, fetcher);
    }

    /**
     * A field with arguments loaded for all the parents of a level at once.
     *
     * @param key the parent and its arguments (equal keys are loaded once)
     * @param batch the values of distinct keys
     */
    public <P, K, V> void batchedWith(String loader, String type, String field, BiFunction<P, DataFetchingEnvironment, K> key,
            Function<List<K>, Map<K, V>> batch) {
        DataFetcher<CompletionStage<V>> fetcher = env -> Batches.load(env, loader, key.apply(env.getSource(), env), batch);
        plain(type, field, fetcher);
    }
}
