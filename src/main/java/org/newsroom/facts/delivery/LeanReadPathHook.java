package org.newsroom.facts.delivery;

import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;

/**
 * SmallRye GraphQL's schema hook for the lean read path: found through META-INF/services (always on: no config key),
 * it adds global object identification ({@link GlobalIds}), shapes the schema ({@link SchemaShape}) and hands it to
 * {@link LeanReadPath} before it is built.
 */
public class LeanReadPathHook implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema.Builder identified = Arc.container().instance(GlobalIds.class).get().attach(builder);
        return Arc.container().instance(LeanReadPath.class).get().attach(SchemaShape.apply(identified));
    }
}
