package org.newsroom.facts.delivery;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.shared.Batches;
import org.newsroom.facts.shared.RequestGuard;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

/**
 * Derives the read path's data fetchers from the annotated {@code @Source} methods of the {@code @GraphQLApi} beans,
 * so each field is declared once, where SmallRye also reads it for the schema. A method whose source is a list is a
 * batch: graphql-java collects the parents of a level, and the method runs once per distinct set of arguments with
 * all the parents that share it (SmallRye's own batching would hand every alias the arguments of the first). A method
 * with one source runs per parent. The arguments are bound by {@link ArgumentBinding} from the field's definition, in
 * the method's parameter order; a method the schema does not match fails the start.
 */
final class SourceFields {

    private SourceFields() {
    }

    /** One derived field: where, and its fetcher. */
    record Derived(FieldCoordinates coordinates, DataFetcher<?> fetcher) {
    }

    /** A parent and the arguments of the field it was asked with: equal calls are loaded once. */
    private record Call(Object parent, Map<String, Object> arguments) {
    }

    /** An API bean, as the container hands it out (it may be a subclass that applies interceptors), and its class. */
    record Api(Object bean, Class<?> declared) {
    }

    /** The fetchers of every {@code @Source} method of the beans, checked against the schema. */
    static List<Derived> derive(GraphQLSchema schema, List<Api> apis) {
        List<Derived> derived = new ArrayList<>();
        for (Api api : apis) {
            for (Method method : api.declared().getDeclaredMethods()) {
                int source = sourceIndex(method);
                if (source >= 0 && java.lang.reflect.Modifier.isPublic(method.getModifiers())) {
                    derived.addAll(fetchersOf(schema, api.bean(), method, source));
                }
            }
        }
        return derived;
    }

    /**
     * The resolvers of the {@code @Query} methods of the beans, by root field: what the planned read path calls for a
     * root field (SmallRye's fetchers call the same methods for graphql-java).
     */
    static Map<String, Resolver> roots(GraphQLSchema schema, List<Api> apis) {
        Map<String, Resolver> roots = new LinkedHashMap<>();
        for (Api api : apis) {
            for (Method method : api.declared().getDeclaredMethods()) {
                org.eclipse.microprofile.graphql.Query query = method.getAnnotation(org.eclipse.microprofile.graphql.Query.class);
                if (query == null || !java.lang.reflect.Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                String field = query.value().isEmpty() ? method.getName() : query.value();
                String where = method.getDeclaringClass().getSimpleName() + "." + method.getName();
                GraphQLFieldDefinition definition = schema.getQueryType().getFieldDefinition(field);
                if (definition == null) {
                    throw new IllegalStateException(where + " names no field of Query: " + field);
                }
                roots.put(field, new Resolver(api.bean(), method, -1, false, bind(method, -1, definition.getArguments(), where), where));
            }
        }
        return roots;
    }

    private static int sourceIndex(Method method) {
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].isAnnotationPresent(Source.class)) {
                return i;
            }
        }
        return -1;
    }

    private static List<Derived> fetchersOf(GraphQLSchema schema, Object api, Method method, int source) {
        Parameter parameter = method.getParameters()[source];
        boolean batch = List.class.equals(parameter.getType());
        Class<?> parentClass = batch
                ? (Class<?>) ((ParameterizedType) parameter.getParameterizedType()).getActualTypeArguments()[0]
                : parameter.getType();
        String field = method.isAnnotationPresent(Name.class) ? method.getAnnotation(Name.class).value() : method.getName();
        String where = method.getDeclaringClass().getSimpleName() + "." + method.getName();
        List<Derived> derived = new ArrayList<>();
        Function<Map<String, Object>, Object[]> binding = null;
        DataFetcher<?> fetcher = null;
        for (GraphQLObjectType type : typesOf(schema, parentClass, where)) {
            GraphQLFieldDefinition definition = type.getFieldDefinition(field);
            if (definition == null) {
                throw new IllegalStateException(where + " names no field of " + type.getName() + ": " + field);
            }
            if (fetcher == null) { // the implementations of an interface share one fetcher, and so one batch
                binding = bind(method, source, definition.getArguments(), where);
                fetcher = new Resolver(api, method, source, batch, binding, where);
            }
            derived.add(new Derived(FieldCoordinates.coordinates(type, definition), fetcher));
        }
        return derived;
    }

    /** The object types a source class stands for: its own, or every implementation of its interface. */
    private static List<GraphQLObjectType> typesOf(GraphQLSchema schema, Class<?> parentClass, String where) {
        String name = parentClass.isAnnotationPresent(Type.class) ? parentClass.getAnnotation(Type.class).value()
                : parentClass.isAnnotationPresent(Interface.class) ? parentClass.getAnnotation(Interface.class).value()
                : parentClass.getSimpleName();
        GraphQLNamedType type = (GraphQLNamedType) schema.getType(name.isEmpty() ? parentClass.getSimpleName() : name);
        if (type instanceof GraphQLObjectType object) {
            return List.of(object);
        }
        if (type instanceof GraphQLInterfaceType face) {
            return schema.getImplementations(face);
        }
        throw new IllegalStateException(where + ": no object or interface type for " + parentClass.getName());
    }

    /** The method's arguments from the field's: one per parameter besides the source, in the same order and names. */
    static Function<Map<String, Object>, Object[]> bind(Method method, int source, List<GraphQLArgument> arguments, String where) {
        Parameter[] parameters = method.getParameters();
        int besides = parameters.length - (source >= 0 ? 1 : 0);
        if (arguments.size() != besides) {
            throw new IllegalStateException(where + ": " + besides + " parameters besides the source, " + arguments.size()
                    + " arguments in the schema");
        }
        int n = parameters.length;
        String[] names = new String[n];
        @SuppressWarnings("unchecked")
        Function<Object, Object>[] binders = new Function[n];
        for (int i = 0, a = 0; i < n; i++) {
            if (i == source) {
                continue;
            }
            Parameter p = parameters[i];
            String declared = p.isAnnotationPresent(Name.class) ? p.getAnnotation(Name.class).value() : p.getName();
            names[i] = arguments.get(a++).getName();
            if (p.isNamePresent() && !declared.equals(names[i])) {
                throw new IllegalStateException(where + ": parameter " + declared + " is argument " + names[i] + " in the schema");
            }
            binders[i] = ArgumentBinding.of(p.getParameterizedType());
        }
        return values -> {
            Object[] bound = new Object[n];
            for (int i = 0; i < n; i++) {
                if (i != source) {
                    bound[i] = binders[i].apply(values.get(names[i]));
                }
            }
            return bound;
        };
    }

    /**
     * The fetcher of one annotated method: graphql-java calls it per parent ({@link #get}); the planned read path
     * calls {@link #resolve} with all the parents of a level that share the arguments.
     */
    static final class Resolver implements DataFetcher<Object> {
        private final Object api;
        private final Method method;
        private final int source;
        private final boolean batch;
        private final Function<Map<String, Object>, Object[]> binding;
        private final String loader;

        Resolver(Object api, Method method, int source, boolean batch, Function<Map<String, Object>, Object[]> binding, String loader) {
            this.api = api;
            this.method = method;
            this.source = source;
            this.batch = batch;
            this.binding = binding;
            this.loader = loader;
        }

        /** The values of the parents, in their order, for one set of the field's arguments (as graphql-java coerced them). */
        List<?> resolve(List<?> parents, Map<String, Object> given) {
            Object[] arguments = binding.apply(given);
            if (batch) {
                arguments[source] = parents;
                return (List<?>) invoke(api, method, arguments);
            }
            List<Object> values = new ArrayList<>(parents.size());
            for (Object parent : parents) {
                Object[] one = arguments.clone();
                if (source >= 0) {
                    one[source] = parent;
                }
                values.add(invoke(api, method, one));
            }
            return values;
        }

        @Override
        public Object get(DataFetchingEnvironment env) {
            if (!batch) {
                return RequestGuard.inScope(() -> resolve(java.util.Collections.singletonList(env.getSource()), env.getArguments()).get(0));
            }
            return Batches.<Call, Object> load(env, loader, new Call(env.getSource(), env.getArguments()), calls -> {
                Map<Map<String, Object>, List<Call>> byArguments = new LinkedHashMap<>();
                for (Call call : calls) {
                    byArguments.computeIfAbsent(call.arguments(), a -> new ArrayList<>()).add(call);
                }
                Map<Call, Object> values = new HashMap<>(calls.size() * 2);
                byArguments.forEach((given, group) -> {
                    List<?> answers = resolve(group.stream().map(Call::parent).toList(), given);
                    for (int i = 0; i < group.size(); i++) {
                        values.put(group.get(i), answers.get(i));
                    }
                });
                return values;
            });
        }
    }

    static Object invoke(Object api, Method method, Object[] arguments) {
        try {
            return method.invoke(api, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the derived fetchers into a code registry. */
    static void register(GraphQLCodeRegistry.Builder registry, List<Derived> derived) {
        derived.forEach(d -> registry.dataFetcher(d.coordinates(), d.fetcher()));
    }
}
