package org.newsroom.facts.shared;

import java.time.LocalDate;
import java.util.Map;

/** Reads the values of an input object argument as graphql-java hands it to a plain data fetcher (a map). */
public final class ArgumentMaps {

    private ArgumentMaps() {
    }

    /**
     * An Int argument: graphql-java hands a given value as an Integer, but SmallRye declares {@code @DefaultValue}s
     * as text, which arrive as such when the argument is left out.
     */
    public static Integer integer(Object value) {
        return value == null ? null : value instanceof Number n ? Integer.valueOf(n.intValue()) : Integer.valueOf(value.toString().trim());
    }

    public static String text(Map<String, Object> input, String name) {
        Object v = input.get(name);
        return v == null ? null : v.toString();
    }

    public static LocalDate date(Map<String, Object> input, String name) {
        Object v = input.get(name);
        return v == null ? null : v instanceof LocalDate d ? d : LocalDate.parse(v.toString());
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, Map<String, Object> input, String name) {
        Object v = input.get(name);
        return v == null ? null : type.isInstance(v) ? type.cast(v) : Enum.valueOf(type, v.toString());
    }
}
