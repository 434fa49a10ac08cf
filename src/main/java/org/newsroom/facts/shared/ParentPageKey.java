package org.newsroom.facts.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The key of a page of a list under a parent — a country ({@code Country.deploymentsFrom(filter, first, after)}) or a
 * source ({@code Source.facts}) — by the parent's id or code and the field's arguments, for {@link ArgumentBatch}.
 *
 * @param filter the field's filter input; its class implements equals and hashCode
 */
public record ParentPageKey<F>(String parent, F filter, Integer first, String after) {

    /** The key of a plain data fetcher's call: the parent, and the arguments {@code filter}, {@code first}, {@code after}. */
    public static <F> ParentPageKey<F> of(String parent, graphql.schema.DataFetchingEnvironment env,
            java.util.function.Function<Map<String, Object>, F> filter) {
        return new ParentPageKey<>(parent, filter.apply(env.getArgument("filter")), ArgumentMaps.integer(env.getArgument("first")),
                env.getArgument("after"));
    }

    /** The field's arguments, the same for every parent of one alias. */
    public record Arguments<F>(F filter, Integer first, String after) {
    }

    /**
     * Loads the pages of many keys: one call of {@code pages} per distinct set of arguments, with all the
     * parents that share it.
     */
    public static <F, V> Map<ParentPageKey<F>, V> load(List<ParentPageKey<F>> keys,
            BiFunction<Arguments<F>, List<String>, Map<String, V>> pages) {
        Map<Arguments<F>, List<ParentPageKey<F>>> byArguments = new LinkedHashMap<>();
        for (ParentPageKey<F> key : keys) {
            byArguments.computeIfAbsent(new Arguments<>(key.filter, key.first, key.after), a -> new ArrayList<>()).add(key);
        }
        Map<ParentPageKey<F>, V> result = new HashMap<>();
        byArguments.forEach((arguments, group) -> {
            Map<String, V> byParent = pages.apply(arguments, group.stream().map(ParentPageKey::parent).distinct().toList());
            group.forEach(key -> result.put(key, byParent.get(key.parent)));
        });
        return result;
    }
}
