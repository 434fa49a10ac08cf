package org.newsroom.facts.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.PropertyDataFetcher;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.cdi.producer.GraphQLProducer;
import io.smallrye.graphql.schema.model.Schema;

/**
 * A native image answers a property that graphql-java reads by reflection (PropertyDataFetcher) only when the class
 * that declares its getter or field is registered for reflection: walks the served schema's code registry and fails
 * for every such field whose member is declared in a class that is registered neither by SmallRye's extension (the
 * classes of the schema's types, inputs and interfaces) nor with {@code @RegisterForReflection}. Positive control: a
 * class of this test, registered nowhere, is found.
 */
@QuarkusTest
class ReflectiveFieldsTest {

    @Test
    void everyPropertyReadByReflectionIsDeclaredInARegisteredClass() throws Exception {
        GraphQLSchema served = Arc.container().instance(GraphQLSchema.class).get();
        Schema model = model();
        Set<String> registered = registeredBySmallRye(model);
        List<String> unregistered = new ArrayList<>();
        GraphQLCodeRegistry registry = served.getCodeRegistry();
        for (var type : model.getTypes().values()) {
            GraphQLObjectType object = served.getObjectType(type.getName());
            if (object == null) {
                continue;
            }
            Class<?> javaClass = Class.forName(type.getClassName(), false, Thread.currentThread().getContextClassLoader());
            for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                DataFetcher<?> fetcher = registry.getDataFetcher(object, field);
                if (fetcher instanceof PropertyDataFetcher<?> property) {
                    String problem = problem(javaClass, property.getPropertyName(), registered);
                    if (problem != null) {
                        unregistered.add(type.getName() + "." + field.getName() + ": " + problem);
                    }
                }
            }
        }
        assertEquals(List.of(), unregistered);
        // positive control
        assertFalse(problem(Probe.class, "value", registered) == null, "a getter of a class registered nowhere is found");
    }

    /**
     * The read path derives its fetchers from the {@code @Source} methods of the API beans by reflection
     * ({@link SourceFields}), and the plans call their {@code @Query} methods the same way ({@link ReadPlans}): each
     * such class is registered (their input arguments are SmallRye's inputs).
     */
    @Test
    void everyApiWhoseSourceMethodsAreDerivedIsRegistered() {
        List<String> unregistered = new ArrayList<>();
        int apis = 0;
        for (var bean : Arc.container().beanManager().getBeans(Object.class, jakarta.enterprise.inject.Any.Literal.INSTANCE)) {
            Class<?> api = bean.getBeanClass();
            if (api.isAnnotationPresent(org.eclipse.microprofile.graphql.GraphQLApi.class) && java.util.Arrays.stream(api.getDeclaredMethods())
                    .anyMatch(m -> m.isAnnotationPresent(org.eclipse.microprofile.graphql.Query.class)
                            || java.util.Arrays.stream(m.getParameters()).anyMatch(p -> p.isAnnotationPresent(org.eclipse.microprofile.graphql.Source.class)))) {
                apis++;
                if (!registeredByAnnotation(api)) {
                    unregistered.add(api.getName());
                }
            }
        }
        assertEquals(List.of(), unregistered);
        assertFalse(apis < 10, "the APIs with @Source methods are found: " + apis);
        assertFalse(registeredByAnnotation(Probe.class), "positive control: a class registered nowhere is seen");
    }

    /** A class registered nowhere. */
    public static class Probe {
        public int getValue() {
            return 1;
        }
    }

    /** Why reading the property from the class would fail in a native image, or null when it would not. */
    static String problem(Class<?> javaClass, String property, Set<String> registered) {
        Class<?> declaring = declaringClass(javaClass, property);
        if (declaring == null) {
            return "no getter or field " + property + " on " + javaClass.getName();
        }
        if (registered.contains(declaring.getName()) || registeredByAnnotation(declaring)) {
            return null;
        }
        return property + " is declared in " + declaring.getName() + ", which is not registered for reflection";
    }

    /** The class that declares what PropertyDataFetcher reads: a public getX/isX/x() method, else a public field. */
    static Class<?> declaringClass(Class<?> javaClass, String property) {
        String capitalized = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String name : List.of("get" + capitalized, "is" + capitalized, property)) {
            try {
                Method method = javaClass.getMethod(name);
                return method.getDeclaringClass();
            } catch (NoSuchMethodException e) {
                // the next form
            }
        }
        try {
            Field field = javaClass.getField(property);
            return Modifier.isPublic(field.getModifiers()) ? field.getDeclaringClass() : null;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static boolean registeredByAnnotation(Class<?> declaring) {
        if (declaring.isAnnotationPresent(RegisterForReflection.class)) {
            return true;
        }
        for (Class<?> holder : List.of(org.newsroom.facts.NativeReflection.class)) {
            RegisterForReflection r = holder.getAnnotation(RegisterForReflection.class);
            if (List.of(r.targets()).contains(declaring) || List.of(r.classNames()).contains(declaring.getName())) {
                return true;
            }
        }
        return false;
    }

    /** The classes Quarkus' SmallRye GraphQL extension registers: those of the schema's types, inputs and interfaces. */
    private static Set<String> registeredBySmallRye(Schema model) {
        Set<String> classes = new HashSet<>();
        model.getTypes().values().forEach(t -> classes.add(t.getClassName()));
        model.getInputs().values().forEach(t -> classes.add(t.getClassName()));
        model.getInterfaces().values().forEach(t -> classes.add(t.getClassName()));
        return classes;
    }

    private static Schema model() throws Exception {
        GraphQLProducer producer = Arc.container().instance(GraphQLProducer.class).get();
        Object target = producer instanceof io.quarkus.arc.ClientProxy proxy ? proxy.arc_contextualInstance() : producer;
        for (Class<?> k = target.getClass(); k != null; k = k.getSuperclass()) {
            try {
                Field schema = k.getDeclaredField("schema");
                schema.setAccessible(true);
                return (Schema) schema.get(target);
            } catch (NoSuchFieldException e) {
                // the bean's subclass: look in its superclass
            }
        }
        throw new IllegalStateException("SmallRye's schema model not found");
    }
}
