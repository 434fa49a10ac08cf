package org.newsroom.facts.delivery;

import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;

/**
 * SmallRye GraphQL's schema hook for the lean read path: found through META-INF/services (always on: no config key),
 * it hands the schema builder to {@link LeanReadPath} before the schema is built.
 */
public class LeanReadPathHook implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        return Arc.container().instance(LeanReadPath.class).get().attach(builder);
    }
}
