package org.newsroom.facts.delivery;

import static graphql.Scalars.GraphQLID;
import static graphql.schema.GraphQLArgument.newArgument;
import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;
import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.newsroom.facts.shared.BadUserInputException;
import org.newsroom.facts.shared.GlobalId;
import org.newsroom.facts.shared.RequestGuard;
import org.newsroom.facts.shared.NodeKind;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeReference;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * Global object identification as Relay specifies it, derived from the features' {@link NodeKind} registrations: the
 * interface {@code Node}, a {@code nodeId} on every type a kind names (which then implements {@code Node}), and
 * {@code node(nodeId:)} and {@code nodes(nodeIds:)} on {@code Query}, which load through the kinds and so with their
 * visibility rules. Attached to the schema SmallRye builds through the schema hook ({@link LeanReadPathHook}).
 */
@ApplicationScoped
@io.quarkus.arc.Unremovable
public class GlobalIds {

    /** The most ids one nodes(nodeIds:) takes. */
    public static final int MAX_NODES = 100;

    static final String NODE = "Node";
    static final String NODE_ID = "nodeId";
    static final String NODE_ID_DESCRIPTION = "Opaque id, unique across every type of the API (Relay's global object identification): "
            + "pass it to node(nodeId:) to fetch the object again. Relay keys its store by it (nodeInterfaceIdField: nodeId). "
            + "id is unique within its type only.";

    @Inject
    Instance<NodeKind> kinds;

    /** The builder with Node, the nodeId fields and node/nodes on Query. */
    GraphQLSchema.Builder attach(GraphQLSchema.Builder builder) {
        GraphQLSchema schema = builder.build();
        Map<String, NodeKind> byType = new LinkedHashMap<>();
        kinds.forEach(kind -> kind.types(schema).forEach(type -> byType.put(type, kind)));
        GraphQLFieldDefinition nodeId = newFieldDefinition().name(NODE_ID).type(nonNull(GraphQLID)).description(NODE_ID_DESCRIPTION).build();
        GraphQLInterfaceType node = GraphQLInterfaceType.newInterface().name(NODE)
                .description("An object with a global identity (Relay's Node interface): every type with an id implements it; "
                        + "node(nodeId:) fetches any of them.")
                .field(nodeId).build();
        GraphQLTypeReference nodeRef = GraphQLTypeReference.typeRef(NODE);
        GraphQLFieldDefinition nodeField = newFieldDefinition().name("node").type(nodeRef)
                .description("Any object with a global identity, by its nodeId, as the caller may see it; null when there is none "
                        + "(or the caller may not see it). A nodeId this service did not write is BAD_USER_INPUT on nodeId.")
                .argument(newArgument().name(NODE_ID).type(nonNull(GraphQLID)).description("The object's nodeId.")).build();
        GraphQLFieldDefinition nodesField = newFieldDefinition().name("nodes").type(nonNull(list(nodeRef)))
                .description("Objects by their nodeIds, in the order given, each null when there is none or the caller may not "
                        + "see it; at most " + MAX_NODES + " ids, loaded in one batch per type.")
                .argument(newArgument().name("nodeIds").type(nonNull(list(nonNull(GraphQLID)))).description("The objects' nodeIds."))
                .build();
        List<NodeKind> distinct = List.copyOf(new java.util.LinkedHashSet<>(byType.values())); // facts register many types
        graphql.schema.TypeResolver resolver = env -> {
            for (NodeKind kind : distinct) {
                String type = kind.typeOf(env.getObject());
                if (type != null) {
                    return env.getSchema().getObjectType(type);
                }
            }
            return null;
        };
        GraphQLSchema withNode = GraphQLSchema.newSchema(schema).additionalType(node)
                .codeRegistry(schema.getCodeRegistry().transform(r -> r.typeResolver(NODE, resolver))).build();
        GraphQLSchema shaped = SchemaTransformer.transformSchema(withNode, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLObjectType(GraphQLObjectType type, TraverserContext<GraphQLSchemaElement> context) {
                if (byType.containsKey(type.getName())) {
                    return changeNode(context, type.transform(b -> b.field(nodeId).withInterface(nodeRef)));
                }
                if (type.getName().equals(schema.getQueryType().getName())) {
                    return changeNode(context, type.transform(b -> b.field(nodeField).field(nodesField)));
                }
                return TraversalControl.CONTINUE;
            }

            @Override
            public TraversalControl visitGraphQLInterfaceType(GraphQLInterfaceType type, TraverserContext<GraphQLSchemaElement> context) {
                // an interface all of whose objects are nodes (Fact) is one too: fragments on it can ask for nodeId
                List<GraphQLObjectType> objects = withNode.getImplementations(type);
                if (type.getName().equals(NODE) || objects.isEmpty() || !objects.stream().allMatch(o -> byType.containsKey(o.getName()))) {
                    return TraversalControl.CONTINUE;
                }
                return changeNode(context, type.transform(b -> b.field(nodeId).withInterface(nodeRef)));
            }
        });
        GraphQLCodeRegistry registry = shaped.getCodeRegistry().transform(r -> {
            byType.forEach((type, kind) -> r.dataFetcher(FieldCoordinates.coordinates(type, NODE_ID), new graphql.schema.LightDataFetcher<String>() {
                @Override
                public String get(GraphQLFieldDefinition field, Object source, java.util.function.Supplier<graphql.schema.DataFetchingEnvironment> env) {
                    return GlobalId.of(type, kind.localId(source));
                }

                @Override
                public String get(graphql.schema.DataFetchingEnvironment env) {
                    return get(env.getFieldDefinition(), env.getSource(), () -> env);
                }
            }));
            String query = shaped.getQueryType().getName();
            // within the request's scope: a root field SmallRye ran before these leaves it inactive
            r.dataFetcher(FieldCoordinates.coordinates(query, "node"),
                    (DataFetcher<Object>) env -> RequestGuard.inScope(() -> load(byType, List.of((String) env.getArgument(NODE_ID)), NODE_ID).get(0)));
            r.dataFetcher(FieldCoordinates.coordinates(query, "nodes"), (DataFetcher<List<Object>>) env -> {
                List<String> ids = env.getArgument("nodeIds");
                if (ids.size() > MAX_NODES) {
                    throw new BadUserInputException("at most " + MAX_NODES + " ids", "nodeIds");
                }
                return RequestGuard.inScope(() -> load(byType, ids, "nodeIds"));
            });
        });
        return GraphQLSchema.newSchema(shaped).codeRegistry(registry);
    }

    /** The objects of the ids, in their order (null where none may be seen): one load per type. */
    private static List<Object> load(Map<String, NodeKind> byType, List<String> ids, String field) {
        Map<String, List<String>> byTypeIds = new LinkedHashMap<>();
        List<GlobalId.Parsed> parsed = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            GlobalId.Parsed p = GlobalId.parse(ids.get(i));
            String at = field.equals(NODE_ID) ? field : field + "[" + i + "]";
            if (p == null) {
                throw new BadUserInputException("is not a nodeId of this service", at);
            }
            if (!byType.containsKey(p.type())) {
                throw new BadUserInputException("names no type with a global identity", at);
            }
            parsed.add(p);
            byTypeIds.computeIfAbsent(p.type(), t -> new ArrayList<>()).add(p.local());
        }
        Map<String, Map<String, Object>> loaded = new LinkedHashMap<>();
        byTypeIds.forEach((type, locals) -> loaded.put(type, byType.get(type).load(type, locals)));
        List<Object> out = new ArrayList<>();
        for (GlobalId.Parsed p : parsed) {
            out.add(loaded.get(p.type()).get(p.local()));
        }
        return out;
    }
}
