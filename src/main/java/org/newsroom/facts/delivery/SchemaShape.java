package org.newsroom.facts.delivery;

import java.util.List;
import java.util.Set;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.GraphQLUnionType;
import graphql.schema.SchemaTransformer;
import graphql.schema.TypeResolver;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * Shapes the schema SmallRye builds into the one the service serves (and {@code schema/schema.graphql} commits), so
 * that what a client's tools introspect is all there is and all of it works: SmallRye's {@code @constraint}
 * directive goes (the bounds are enforced by Bean Validation and said in the descriptions; its applications were
 * never visible to introspection, and its {@code BigDecimal} and {@code BigInteger} scalars were used by nothing
 * else), scalars no field uses go, and the directives graphql-java adds to every schema that this service does not
 * honour ({@code @defer}: the answer always arrives whole) are not advertised, and a document using one is refused
 * as invalid, as a client validating against the advertised schema would. The root types' fields are put in
 * order of name (SmallRye gathers them from many classes in no stable order).
 */
final class SchemaShape {

    /** graphql-java's built-in directives that this service does not honour: not in introspection. */
    static final Set<String> UNADVERTISED = Set.of("defer", "experimental_disableErrorPropagation");

    /** The root types, whose fields are put in order of name. */
    static final Set<String> ROOTS = Set.of("Query", "Mutation", "Subscription");

    /** SmallRye's Bean Validation directive: documentation that introspection never showed. */
    static final String CONSTRAINT = "constraint";

    private SchemaShape() {
    }

    /** The builder of the shaped schema, with the built one's code (type resolvers answer the shaped types). */
    static GraphQLSchema.Builder apply(GraphQLSchema.Builder builder) {
        GraphQLSchema built = builder.build();
        GraphQLSchema stripped = SchemaTransformer.transformSchema(built, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLArgument(GraphQLArgument node, TraverserContext<GraphQLSchemaElement> context) {
                return constrained(node) ? changeNode(context, node.transform(b -> b.replaceDirectives(kept(node.getDirectives()))
                        .replaceAppliedDirectives(keptApplied(node.getAppliedDirectives())))) : TraversalControl.CONTINUE;
            }

            @Override
            public TraversalControl visitGraphQLObjectType(GraphQLObjectType node, TraverserContext<GraphQLSchemaElement> context) {
                if (!ROOTS.contains(node.getName())) {
                    return TraversalControl.CONTINUE;
                }
                // the root types gather the fields of many API classes in no stable order: by name, the same every start
                List<graphql.schema.GraphQLFieldDefinition> sorted = node.getFieldDefinitions().stream()
                        .sorted(java.util.Comparator.comparing(graphql.schema.GraphQLFieldDefinition::getName)).toList();
                return sorted.equals(node.getFieldDefinitions()) ? TraversalControl.CONTINUE : changeNode(context, node.transform(b -> b.replaceFields(sorted)));
            }

            @Override
            public TraversalControl visitGraphQLInputObjectField(GraphQLInputObjectField node, TraverserContext<GraphQLSchemaElement> context) {
                return constrained(node) ? changeNode(context, node.transform(b -> b.replaceDirectives(kept(node.getDirectives()))
                        .replaceAppliedDirectives(keptApplied(node.getAppliedDirectives())))) : TraversalControl.CONTINUE;
            }
        });
        // the additional types SmallRye registers: every scalar it knows; those still used are reached from the roots
        Set<graphql.schema.GraphQLType> kept = new java.util.LinkedHashSet<>();
        stripped.getAdditionalTypes().stream().filter(t -> !(t instanceof GraphQLScalarType)).forEach(kept::add);
        GraphQLCodeRegistry registry = stripped.getCodeRegistry().transform(r -> {
            for (GraphQLNamedType type : stripped.getAllTypesAsList()) {
                if (type instanceof GraphQLInterfaceType i) {
                    r.typeResolver(i, shaped(stripped.getCodeRegistry().getTypeResolver(i)));
                } else if (type instanceof GraphQLUnionType u) {
                    r.typeResolver(u, shaped(stripped.getCodeRegistry().getTypeResolver(u)));
                }
            }
            DataFetcher<List<GraphQLDirective>> advertised = env -> env.getGraphQLSchema().getDirectives().stream()
                    .filter(d -> !UNADVERTISED.contains(d.getName())).toList();
            r.dataFetcher(FieldCoordinates.coordinates("__Schema", "directives"), advertised);
        });
        return GraphQLSchema.newSchema(stripped)
                .clearAdditionalTypes().additionalTypes(kept)
                .clearDirectives().additionalDirectives(Set.copyOf(kept(stripped.getDirectives())))
                .codeRegistry(registry);
    }

    /** The first unadvertised directive a document uses ({@code @defer}), or null: such a document is refused as invalid. */
    static String unadvertisedDirective(String query, graphql.language.Document document) {
        if (UNADVERTISED.stream().noneMatch(name -> query.contains("@" + name))) {
            return null; // the usual case, without walking the document
        }
        String[] found = new String[1];
        new graphql.language.NodeTraverser().depthFirst(new graphql.language.NodeVisitorStub() {
            @Override
            public TraversalControl visitDirective(graphql.language.Directive node, TraverserContext<graphql.language.Node> context) {
                if (found[0] == null && UNADVERTISED.contains(node.getName())) {
                    found[0] = node.getName();
                }
                return TraversalControl.CONTINUE;
            }
        }, document);
        return found[0];
    }

    private static boolean constrained(GraphQLDirectiveContainer element) {
        return element.getDirective(CONSTRAINT) != null || element.getAppliedDirective(CONSTRAINT) != null;
    }

    private static List<GraphQLDirective> kept(List<GraphQLDirective> directives) {
        return directives.stream().filter(d -> !CONSTRAINT.equals(d.getName())).toList();
    }

    private static List<graphql.schema.GraphQLAppliedDirective> keptApplied(List<graphql.schema.GraphQLAppliedDirective> directives) {
        return directives.stream().filter(d -> !CONSTRAINT.equals(d.getName())).toList();
    }

    /**
     * A type resolver that answers the shaped schema's object type of the name the original one resolved: graphql-java
     * matches fragments on interfaces by the instances in the schema, and SmallRye's resolvers hold the unshaped ones.
     */
    private static TypeResolver shaped(TypeResolver original) {
        return env -> {
            GraphQLObjectType resolved = original.getType(env);
            return resolved == null ? null : env.getSchema().getObjectType(resolved.getName());
        };
    }
}
