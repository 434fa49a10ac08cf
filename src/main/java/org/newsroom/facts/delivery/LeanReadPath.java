package org.newsroom.facts.delivery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.jboss.logging.Logger;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.PropertyDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;

/**
 * The lean read path: on the types readers query, every field is resolved by a plain graphql-java data fetcher —
 * properties by graphql-java's own {@link PropertyDataFetcher} (a light fetcher: no environment is even built),
 * batched and computed fields by fetchers derived from the annotated {@code @Source} methods ({@link SourceFields}),
 * on every type. SmallRye still builds the schema from the annotated API, runs the root fields and the mutations; the
 * fetchers are attached through its schema hook
 * ({@link LeanReadPathHook}, SmallRye's EventingService SPI: the {@link GraphQLSchema.Builder} before the schema is
 * built; its CDI event would need SmallRye's eventing on, which fires CDI events around every execution and fetch). The start fails when a field
 * of a reader type would still be resolved by SmallRye, so a field added later cannot slip off the lean path.
 */
@ApplicationScoped
@io.quarkus.arc.Unremovable
public class LeanReadPath {

    private static final Logger LOG = Logger.getLogger(LeanReadPath.class);

    /** The types readers query, besides the kinds of fact and their connections. */
    static final Set<String> READER_TYPES = Set.of("Country", "Place", "Source", "Citation", "Dispute", "CorrectionNote", "Quantity", "Appearance", "ClaimReview",
            "Period", "PageInfo", "CountryConnection", "CountryEdge", "SourceConnection", "SourceEdge", "FactConnection", "FactEdge",
            "FactCountGroup", "FigureSum");

    private volatile java.util.Map<String, SourceFields.Resolver> roots = java.util.Map.of();

    /** The root fields' resolvers, for the planned read path ({@link ReadPlans}). */
    java.util.Map<String, SourceFields.Resolver> roots() {
        return roots;
    }

    /** Replaces SmallRye's fetchers of the reader types in the builder's code registry. */
    GraphQLSchema.Builder attach(GraphQLSchema.Builder builder) {
        GraphQLSchema probe = builder.build(); // the code registry SmallRye made, and the types
        Set<String> types = readerTypes(probe);
        GraphQLCodeRegistry lean = probe.getCodeRegistry().transform(registry -> {
            for (String name : types) {
                GraphQLObjectType type = probe.getObjectType(name);
                for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                    DataFetcher<?> current = probe.getCodeRegistry().getDataFetcher(type, field);
                    if (current instanceof FieldDataFetcher<?>) {
                        registry.dataFetcher(FieldCoordinates.coordinates(type, field), PropertyDataFetcher.fetching(field.getName()));
                    }
                }
            }
            if ("default".equals(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue("quarkus.smallrye-graphql.field-visibility", String.class).orElse("default"))) {
                // SmallRye turns the value "default" into a pattern that blocks fields named "default", matched by a
                // regular expression on every field lookup of every execution: graphql-java's default instead
                registry.fieldVisibility(graphql.schema.visibility.DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
            }
            List<SourceFields.Api> apis = apis();
            SourceFields.register(registry, SourceFields.derive(probe, apis));
            roots = SourceFields.roots(probe, apis);
        });
        List<String> left = new ArrayList<>();
        for (String name : types) {
            GraphQLObjectType type = probe.getObjectType(name);
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                DataFetcher<?> fetcher = lean.getDataFetcher(type, field);
                if (fetcher.getClass().getName().startsWith("io.smallrye.")) {
                    left.add(name + "." + field.getName());
                }
            }
        }
        if (!left.isEmpty()) {
            throw new IllegalStateException("Fields of reader types without a lean data fetcher: " + left);
        }
        builder.codeRegistry(lean);
        LOG.infof("Lean read path: plain data fetchers on %d reader types", types.size());
        return builder;
    }

    /** The {@code @GraphQLApi} beans, whose {@code @Source} methods declare the fields they add. */
    private static List<SourceFields.Api> apis() {
        List<SourceFields.Api> apis = new ArrayList<>();
        for (jakarta.enterprise.inject.spi.Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (bean.getBeanClass().isAnnotationPresent(GraphQLApi.class)) {
                apis.add(new SourceFields.Api(Arc.container().instance((InjectableBean<?>) bean).get(), bean.getBeanClass()));
            }
        }
        return apis;
    }

    private static Set<String> readerTypes(GraphQLSchema schema) {
        Set<String> types = new LinkedHashSet<>(READER_TYPES);
        for (GraphQLObjectType kind : schema.getImplementations((graphql.schema.GraphQLInterfaceType) schema.getType("Fact"))) {
            types.add(kind.getName());
            types.add(kind.getName() + "Connection");
            types.add(kind.getName() + "Edge");
        }
        types.removeIf(name -> schema.getObjectType(name) == null);
        return types;
    }
}
