package org.newsroom.facts.delivery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.newsroom.facts.shared.ReadDatabase;
import org.newsroom.facts.shared.RequestGuard;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.ExecutionResultImpl;
import graphql.GraphQLContext;
import graphql.ParseAndValidate;
import graphql.TypeResolutionEnvironment;
import graphql.execution.CoercedVariables;
import graphql.execution.RawVariables;
import graphql.execution.TypeResolutionParameters;
import graphql.execution.ValuesResolver;
import graphql.language.Argument;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLUnionType;
import graphql.schema.LightDataFetcher;

/**
 * Readers' operations executed by plans instead of graphql-java (issue 26). A plan is built once per document,
 * operation and values of the variables that {@code @skip}/{@code @include} read, and cached: for each selected field
 * its pre-resolved way to a value — a light fetcher (a property, a nodeId), a derived resolver ({@link SourceFields}:
 * the one declaration of a batched or computed field, also what graphql-java runs) or a root {@code @Query} method —
 * its argument definitions, and the sub-plans of its object types. Execution is breadth first: every resolver field of
 * a level runs once per distinct set of arguments with all the parents of that level, so a page of countries with
 * their deployments costs one statement per list, whatever its size. What a plan does not cover — mutations,
 * subscriptions, introspection, node lookups, editors (their fields and rules), documents that do not validate — is
 * left to graphql-java, and so is any request whose plan meets an error or a null where the schema promises a value:
 * it runs again through graphql-java, so that errors and nulls follow the specification exactly.
 */
final class ReadPlans {

    /** Why a plan stopped: the request goes to graphql-java. */
    static final class Unplanned extends RuntimeException {
        Unplanned(String why) {
            super(why, null, false, false);
        }
    }

    /** How a field gets its value. */
    private enum Way {
        LIGHT, RESOLVER, TYPENAME
    }

    /** One field of an object type's selection: its response key, how to get its value, and how to complete it. */
    private record FieldPlan(String key, GraphQLFieldDefinition definition, Way way, LightDataFetcher<?> light,
            SourceFields.Resolver resolver, List<Argument> arguments, Map<String, Object> constantArguments,
            GraphQLOutputType type, Map<String, ObjectPlan> objects, String typeName) {
    }

    /** The selection of one object type, with its fields' response keys encoded once for the answer's JSON. */
    private record ObjectPlan(GraphQLObjectType type, List<FieldPlan> fields, SerializableString[] names) {
        ObjectPlan(GraphQLObjectType type, List<FieldPlan> fields) {
            this(type, fields, fields.stream().map(f -> new SerializedString(f.key())).toArray(SerializableString[]::new));
        }
    }

    /** An object of a planned answer: its plan's encoded response keys and its values in their order ({@link ResultWriter} writes it). */
    record Filled(SerializableString[] names, Object[] values) {
    }

    /** A plan: the root's selection. */
    record Plan(ObjectPlan root) {
    }

    /** A document prepared once: validated, its operation chosen, and the variables its conditions read. */
    private record Prepared(Document document, OperationDefinition operation, List<String> conditionVariables,
            Map<List<Object>, Object> plans) {
    }

    private static final Object UNSUPPORTED = new Object();
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ReadPlans.class);

    private final ReadDatabase db;
    private final GraphQLSchema schema;
    private final Map<String, SourceFields.Resolver> roots;
    private final Cache<List<Object>, Object> prepared;
    /** Resolvers that ran without a statement: computed fields, left out of a level's shared round trip. */
    private final java.util.Set<SourceFields.Resolver> statementFree = java.util.concurrent.ConcurrentHashMap.newKeySet();

    ReadPlans(GraphQLSchema schema, Map<String, SourceFields.Resolver> roots, int maxPlans, ReadDatabase db) {
        this.db = db;
        this.schema = schema;
        this.roots = roots;
        this.prepared = org.newsroom.facts.shared.Caches.build(Caffeine.newBuilder().maximumSize(maxPlans));
    }

    /**
     * The answer of a reader's operation by its plan, or null when no plan covers it (then graphql-java runs it, also
     * when the plan meets an error on the way).
     */
    byte[] answer(String query, Document document, String operationName, Map<String, Object> variables) {
        Object entry = prepared.get(java.util.Arrays.asList(query, operationName), k -> prepare(document, operationName));
        if (entry == UNSUPPORTED) {
            return null;
        }
        Prepared p = (Prepared) entry;
        GraphQLContext context = GraphQLContext.getDefault();
        CoercedVariables coerced;
        try {
            coerced = ValuesResolver.coerceVariableValues(schema, p.operation().getVariableDefinitions(),
                    RawVariables.of(plain(variables)), context, Locale.getDefault());
        } catch (RuntimeException e) {
            return null; // graphql-java reports the variable's error
        }
        List<Object> conditions = new ArrayList<>(p.conditionVariables().size());
        for (String name : p.conditionVariables()) {
            conditions.add(coerced.get(name));
        }
        Object plan = p.plans().computeIfAbsent(conditions, c -> {
            try {
                return new Plan(objectPlan(schema.getQueryType(), List.of(p.operation().getSelectionSet()), p.document(), coerced, true));
            } catch (Unplanned e) {
                LOG.debugf("not planned: %s", e.getMessage());
                return UNSUPPORTED;
            }
        });
        if (plan == UNSUPPORTED) {
            return null;
        }
        try {
            Filled data = db.oneConnection(() -> execute((Plan) plan, coerced, context)); // one borrowing, not one per statement
            return ResultWriter.write(ExecutionResultImpl.newExecutionResult().data(data).build());
        } catch (Unplanned e) {
            LOG.debugf("left to graphql-java: %s", e.getMessage());
            return null;
        } catch (RuntimeException e) {
            RequestGuard.check(); // a stopped request stops here too
            LOG.debugf("left to graphql-java: %s", e);
            return null; // graphql-java runs it again and reports the error as the specification says
        }
    }

    /** The request's variables as graphql-java takes them: maps and lists, not Vert.x's JSON wrappers. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> plain(Map<String, Object> variables) {
        return variables == null ? Map.of() : (Map<String, Object>) plainValue(variables);
    }

    private static Object plainValue(Object value) {
        if (value instanceof io.vertx.core.json.JsonObject o) {
            return plainValue(o.getMap());
        }
        if (value instanceof io.vertx.core.json.JsonArray a) {
            return plainValue(a.getList());
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, plainValue(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ReadPlans::plainValue).toList();
        }
        return value;
    }

    // ---------------------------------------------------------------------------------------------------- planning

    private Object prepare(Document document, String operationName) {
        OperationDefinition operation = null;
        int operations = 0;
        for (var definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition o) {
                operations++;
                if (operationName == null ? operation == null : operationName.equals(o.getName())) {
                    operation = o;
                }
            }
        }
        if (operation == null || (operationName == null && operations > 1) || operation.getOperation() != OperationDefinition.Operation.QUERY) {
            LOG.debug("not planned: not one query");
            return UNSUPPORTED;
        }
        if (!ParseAndValidate.validate(schema, document).isEmpty()) {
            LOG.debug("not planned: not valid");
            return UNSUPPORTED;
        }
        List<String> conditionVariables = new ArrayList<>();
        collectConditionVariables(document, conditionVariables);
        return new Prepared(document, operation, List.copyOf(new java.util.LinkedHashSet<>(conditionVariables)),
                new java.util.concurrent.ConcurrentHashMap<>());
    }

    private static void collectConditionVariables(graphql.language.Node<?> node, List<String> names) {
        if (node instanceof Directive d && (d.getName().equals("skip") || d.getName().equals("include"))) {
            for (Argument a : d.getArguments()) {
                if (a.getValue() instanceof VariableReference v) {
                    names.add(v.getName());
                }
            }
        }
        for (graphql.language.Node<?> child : node.getChildren()) {
            collectConditionVariables(child, names);
        }
    }

    /** The plan of an object type's selection: the fields of the selection sets, merged by response key. */
    private ObjectPlan objectPlan(GraphQLObjectType type, List<SelectionSet> sets, Document document, CoercedVariables variables,
            boolean root) {
        Map<String, List<Field>> byKey = new LinkedHashMap<>();
        for (SelectionSet set : sets) {
            collect(type, set, document, variables, byKey, new java.util.HashSet<>());
        }
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        List<FieldPlan> fields = new ArrayList<>(byKey.size());
        for (Map.Entry<String, List<Field>> entry : byKey.entrySet()) {
            Field first = entry.getValue().get(0);
            String name = first.getName();
            if (name.equals("__typename")) {
                fields.add(new FieldPlan(entry.getKey(), null, Way.TYPENAME, null, null, null, null, null, null, type.getName()));
                continue;
            }
            if (name.startsWith("__")) {
                throw new Unplanned("introspection");
            }
            GraphQLFieldDefinition definition = type.getFieldDefinition(name);
            Way way;
            LightDataFetcher<?> light = null;
            SourceFields.Resolver resolver;
            if (root) {
                resolver = roots.get(name);
                way = Way.RESOLVER;
                if (resolver == null) {
                    throw new Unplanned("root field " + name);
                }
            } else {
                DataFetcher<?> fetcher = registry.getDataFetcher(type, definition);
                resolver = fetcher instanceof SourceFields.Resolver r ? r : null;
                if (resolver != null) {
                    way = Way.RESOLVER;
                } else if (fetcher instanceof LightDataFetcher<?> l) {
                    way = Way.LIGHT;
                    light = l;
                } else {
                    throw new Unplanned(type.getName() + "." + name);
                }
            }
            boolean variablesInArguments = first.getArguments().stream().anyMatch(a -> usesVariables(a.getValue()));
            Map<String, Object> constant = variablesInArguments ? null
                    : ValuesResolver.getArgumentValues(registry, definition.getArguments(), first.getArguments(), CoercedVariables.emptyVariables(),
                            GraphQLContext.getDefault(), Locale.getDefault());
            Map<String, ObjectPlan> objects = new HashMap<>();
            GraphQLNamedOutputType named = (GraphQLNamedOutputType) graphql.schema.GraphQLTypeUtil.unwrapAll(definition.getType());
            List<SelectionSet> subSets = entry.getValue().stream().map(Field::getSelectionSet).filter(java.util.Objects::nonNull).toList();
            for (GraphQLObjectType object : possibleTypes(named)) {
                objects.put(object.getName(), objectPlan(object, subSets, document, variables, false));
            }
            fields.add(new FieldPlan(entry.getKey(), definition, way, light, resolver, first.getArguments(), constant, definition.getType(),
                    objects, null));
        }
        return new ObjectPlan(type, fields);
    }

    private List<GraphQLObjectType> possibleTypes(GraphQLNamedOutputType named) {
        if (named instanceof GraphQLObjectType o) {
            return List.of(o);
        }
        if (named instanceof GraphQLInterfaceType i) {
            return schema.getImplementations(i);
        }
        if (named instanceof GraphQLUnionType u) {
            return u.getTypes().stream().map(t -> (GraphQLObjectType) t).toList();
        }
        return List.of();
    }

    private static boolean usesVariables(Value<?> value) {
        if (value instanceof VariableReference) {
            return true;
        }
        for (graphql.language.Node<?> child : value.getChildren()) {
            if (child instanceof Value<?> v && usesVariables(v)) {
                return true;
            }
            if (child instanceof graphql.language.ObjectField f && usesVariables(f.getValue())) {
                return true;
            }
        }
        return false;
    }

    /** Collects the fields of a selection set that apply to the object type, as graphql-java's field collector does. */
    private void collect(GraphQLObjectType type, SelectionSet set, Document document, CoercedVariables variables, Map<String, List<Field>> byKey,
            java.util.Set<String> visitedFragments) {
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                if (included(field.getDirectives(), variables)) {
                    byKey.computeIfAbsent(field.getResultKey(), k -> new ArrayList<>()).add(field);
                }
            } else if (selection instanceof InlineFragment inline) {
                if (included(inline.getDirectives(), variables)
                        && (inline.getTypeCondition() == null || applies(inline.getTypeCondition().getName(), type))) {
                    collect(type, inline.getSelectionSet(), document, variables, byKey, visitedFragments);
                }
            } else if (selection instanceof FragmentSpread spread) {
                if (!included(spread.getDirectives(), variables) || !visitedFragments.add(spread.getName())) {
                    continue;
                }
                FragmentDefinition fragment = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                        .filter(f -> f.getName().equals(spread.getName())).findFirst().orElseThrow(() -> new Unplanned("fragment"));
                if (!included(fragment.getDirectives(), variables) || !applies(fragment.getTypeCondition().getName(), type)) {
                    continue;
                }
                collect(type, fragment.getSelectionSet(), document, variables, byKey, visitedFragments);
            }
        }
    }

    private boolean applies(String condition, GraphQLObjectType type) {
        if (condition.equals(type.getName())) {
            return true;
        }
        GraphQLType named = schema.getType(condition);
        if (named instanceof GraphQLInterfaceType i) {
            return schema.getImplementations(i).contains(type);
        }
        return named instanceof GraphQLUnionType u && u.getTypes().contains(type);
    }

    private static boolean included(List<Directive> directives, CoercedVariables variables) {
        for (Directive d : directives) {
            boolean skip = d.getName().equals("skip");
            if (skip || d.getName().equals("include")) {
                Argument condition = d.getArgument("if");
                Object value = condition.getValue() instanceof BooleanValue b ? b.isValue()
                        : variables.get(((VariableReference) condition.getValue()).getName());
                if (Boolean.TRUE.equals(value) == skip) {
                    return false;
                }
            } else if (!d.getName().equals("deprecated")) {
                throw new Unplanned("directive @" + d.getName());
            }
        }
        return true;
    }

    // --------------------------------------------------------------------------------------------------- execution

    /** An object of the answer to fill: its value, its plan, and the values of its fields, in the plan's order. */
    private record Pending(Object value, ObjectPlan plan, Object[] out) {
    }

    /** One call of a resolver: the field's resolver and the arguments of the fields that share it. */
    private record Call(SourceFields.Resolver resolver, Map<String, Object> arguments) {
    }

    /** A field of a parent waiting for its call, and its place among the parent's fields. */
    private record Asked(Pending parent, FieldPlan field, int index) {
    }

    private Filled execute(Plan plan, CoercedVariables variables, GraphQLContext context) {
        Object[] data = new Object[plan.root().fields().size()];
        List<Pending> level = List.of(new Pending(null, plan.root(), data));
        while (!level.isEmpty()) {
            RequestGuard.check();
            List<Pending> next = new ArrayList<>();
            Map<Call, List<Asked>> calls = new LinkedHashMap<>();
            for (Pending p : level) {
                List<FieldPlan> fields = p.plan().fields();
                for (int i = 0, n = fields.size(); i < n; i++) {
                    FieldPlan f = fields.get(i);
                    switch (f.way()) {
                        case TYPENAME -> p.out()[i] = f.typeName();
                        case LIGHT -> p.out()[i] = complete(light(f, p.value()), f.type(), f, next, context);
                        case RESOLVER -> {
                            Map<String, Object> arguments = f.constantArguments() != null ? f.constantArguments()
                                    : ValuesResolver.getArgumentValues(schema.getCodeRegistry(), f.definition().getArguments(), f.arguments(),
                                            variables, context, Locale.getDefault());
                            calls.computeIfAbsent(new Call(f.resolver(), arguments), c -> new ArrayList<>()).add(new Asked(p, f, i));
                        }
                    }
                }
            }
            // one call per resolver and distinct arguments, with all the parents of the level that share them
            List<Call> batchCalls = new ArrayList<>(calls.size());
            List<List<Object>> batchParents = new ArrayList<>(calls.size());
            calls.forEach((call, asked) -> {
                // parents by identity: views are records whose hash walks every field (a citation's walks its sources)
                List<Object> parents = new ArrayList<>(asked.size());
                java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                for (Asked a : asked) {
                    if (seen.add(key(a.parent().value()))) {
                        parents.add(a.parent().value());
                    }
                }
                batchCalls.add(call);
                batchParents.add(parents);
            });
            // the first statements of the level's calls share one round trip
            List<Runnable> firstPasses = new ArrayList<>(batchCalls.size());
            List<SourceFields.Resolver> gathering = new ArrayList<>(batchCalls.size());
            for (int i = 0; i < batchCalls.size(); i++) {
                Call call = batchCalls.get(i);
                if (!statementFree.contains(call.resolver())) {
                    List<Object> parents = batchParents.get(i);
                    firstPasses.add(() -> call.resolver().resolve(parents, call.arguments()));
                    gathering.add(call.resolver());
                }
            }
            List<ReadDatabase.FirstPass> passes = new ArrayList<>(firstPasses.size());
            db.together(firstPasses, passes, () -> {
                for (int i = 0; i < batchCalls.size(); i++) {
                    Call call = batchCalls.get(i);
                    List<Object> parents = batchParents.get(i);
                    List<?> answers = call.resolver().resolve(parents, call.arguments());
                    Map<Object, Object> byParent = new java.util.IdentityHashMap<>(parents.size() * 2);
                    for (int j = 0; j < parents.size(); j++) {
                        byParent.put(key(parents.get(j)), answers.get(j));
                    }
                    for (Asked a : calls.get(call)) {
                        a.parent().out()[a.index()] = complete(byParent.get(key(a.parent().value())), a.field().type(), a.field(), next, context);
                    }
                }
                return null;
            });
            for (int i = 0; i < passes.size(); i++) {
                if (passes.get(i) == ReadDatabase.FirstPass.NO_STATEMENT) {
                    statementFree.add(gathering.get(i)); // a computed field: not run twice again
                }
            }
            level = next;
        }
        return new Filled(plan.root().names(), data);
    }

    private static Object light(FieldPlan f, Object parent) {
        try {
            return f.light().get(f.definition(), parent, () -> {
                throw new Unplanned("a light fetcher asked for its environment");
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Object NULL_PARENT = new Object();

    /** A parent as a map key: the root's null parent is one. */
    private static Object key(Object parent) {
        return parent == null ? NULL_PARENT : parent;
    }

    /** A value as the answer holds it; objects are filled at the next level. */
    private Object complete(Object value, GraphQLOutputType type, FieldPlan field, List<Pending> next, GraphQLContext context) {
        if (type instanceof GraphQLNonNull nonNull) {
            if (value == null) {
                throw new Unplanned("null for a non-null field"); // graphql-java reports it and nulls the parent
            }
            return complete(value, (GraphQLOutputType) nonNull.getWrappedType(), field, next, context);
        }
        if (value == null) {
            return null;
        }
        if (value instanceof java.util.Optional<?> optional) {
            return complete(optional.orElse(null), type, field, next, context);
        }
        if (type instanceof GraphQLList list) {
            Iterable<?> items = value instanceof Iterable<?> i ? i : value.getClass().isArray() ? arrayItems(value) : null;
            if (items == null) {
                throw new Unplanned("not a list");
            }
            List<Object> out = new ArrayList<>(items instanceof java.util.Collection<?> c ? c.size() : 10);
            for (Object item : items) {
                out.add(complete(item, (GraphQLOutputType) list.getWrappedType(), field, next, context));
            }
            return out;
        }
        if (type instanceof GraphQLScalarType scalar) {
            return scalar.getCoercing().serialize(value, context, Locale.getDefault());
        }
        if (type instanceof GraphQLEnumType enumType) {
            return enumType.serialize(value, context, Locale.getDefault());
        }
        if (value instanceof java.util.concurrent.CompletionStage<?>) {
            throw new Unplanned("a value to wait for");
        }
        GraphQLObjectType object = type instanceof GraphQLObjectType o ? o : resolveType(value, type);
        ObjectPlan plan = field.objects().get(object.getName());
        if (plan == null) {
            throw new Unplanned("type " + object.getName());
        }
        Object[] out = new Object[plan.fields().size()];
        next.add(new Pending(value, plan, out));
        return new Filled(plan.names(), out);
    }

    private static List<Object> arrayItems(Object array) {
        List<Object> items = new ArrayList<>();
        for (int i = 0, n = java.lang.reflect.Array.getLength(array); i < n; i++) {
            items.add(java.lang.reflect.Array.get(array, i));
        }
        return items;
    }

    private GraphQLObjectType resolveType(Object value, GraphQLOutputType type) {
        graphql.schema.TypeResolver resolver = type instanceof GraphQLInterfaceType i ? schema.getCodeRegistry().getTypeResolver(i)
                : schema.getCodeRegistry().getTypeResolver((GraphQLUnionType) type);
        Supplier<Map<String, Object>> noArguments = Map::of;
        TypeResolutionEnvironment env = TypeResolutionParameters.newParameters().value(value).argumentValues(noArguments).schema(schema)
                .graphQLContext(GraphQLContext.getDefault()).build();
        GraphQLObjectType object = resolver.getType(env);
        if (object == null) {
            throw new Unplanned("no type for " + value.getClass().getSimpleName());
        }
        return object;
    }
}
