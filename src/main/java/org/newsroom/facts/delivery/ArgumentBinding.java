package org.newsroom.facts.delivery;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Name;

/**
 * Binds an argument as graphql-java hands it to a data fetcher (scalars, enum names, maps for input objects, and
 * SmallRye's {@code @DefaultValue}s, which arrive as text) to the Java type of the annotated method's parameter. The
 * binder of a type is built once, when the fetchers are derived; input classes are bound by their public fields.
 */
final class ArgumentBinding {

    private ArgumentBinding() {
    }

    /** The binder of a parameter's (generic) type; null binds to null. */
    static Function<Object, Object> of(Type type) {
        if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            Function<Object, Object> element = of(generic.getActualTypeArguments()[0]);
            return nullSafe(value -> {
                List<Object> bound = new ArrayList<>();
                for (Object v : (Iterable<?>) value) {
                    bound.add(element.apply(v));
                }
                return bound;
            });
        }
        Class<?> target = (Class<?>) type;
        if (target == String.class) {
            return nullSafe(Object::toString);
        }
        if (target == Integer.class || target == int.class) {
            return nullSafe(v -> v instanceof Number n ? Integer.valueOf(n.intValue()) : Integer.valueOf(v.toString().trim()));
        }
        if (target == Long.class || target == long.class) {
            return nullSafe(v -> v instanceof Number n ? Long.valueOf(n.longValue()) : Long.valueOf(v.toString().trim()));
        }
        if (target == Double.class || target == double.class) {
            return nullSafe(v -> v instanceof Number n ? Double.valueOf(n.doubleValue()) : Double.valueOf(v.toString().trim()));
        }
        if (target == Boolean.class || target == boolean.class) {
            return nullSafe(v -> v instanceof Boolean b ? b : Boolean.valueOf(v.toString().trim()));
        }
        if (target == LocalDate.class) {
            return nullSafe(v -> v instanceof LocalDate d ? d : LocalDate.parse(v.toString()));
        }
        if (target == OffsetDateTime.class) {
            return nullSafe(v -> v instanceof OffsetDateTime t ? t : OffsetDateTime.parse(v.toString()));
        }
        if (target.isEnum()) {
            return nullSafe(v -> target.isInstance(v) ? v : enumOf(target, v.toString()));
        }
        return input(target);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Object enumOf(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    /** An input object: a new instance with each public field bound from the map's entry of its GraphQL name. */
    private static Function<Object, Object> input(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Function<Object, Object>> binders = new ArrayList<>();
        for (Field field : type.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers())) {
                fields.add(field);
                names.add(field.isAnnotationPresent(Name.class) ? field.getAnnotation(Name.class).value() : field.getName());
                binders.add(of(field.getGenericType()));
            }
        }
        java.lang.reflect.Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("An argument of type " + type.getName() + " needs a public constructor without parameters", e);
        }
        return nullSafe(value -> {
            Map<?, ?> map = (Map<?, ?>) value;
            try {
                Object bound = constructor.newInstance();
                for (int i = 0; i < fields.size(); i++) {
                    fields.get(i).set(bound, binders.get(i).apply(map.get(names.get(i))));
                }
                return bound;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot bind an argument of type " + type.getName(), e);
            }
        });
    }

    private static Function<Object, Object> nullSafe(Function<Object, Object> binder) {
        return value -> value == null ? null : binder.apply(value);
    }
}
