package org.newsroom.facts.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The key of a page of a list under a country ({@code Country.deploymentsFrom(filter, first, after)}): the
 * country and the field's arguments, for {@link ArgumentBatch}.
 *
 * @param filter the field's filter input; its class implements equals and hashCode
 */
public record CountryPageKey<F>(String country, F filter, Integer first, String after) {

    /** The key of a plain data fetcher's call: the country, and the arguments {@code filter}, {@code first}, {@code after}. */
    public static <F> CountryPageKey<F> of(String country, graphql.schema.DataFetchingEnvironment env,
            java.util.function.Function<Map<String, Object>, F> filter) {
        return new CountryPageKey<>(country, filter.apply(env.getArgument("filter")), ArgumentMaps.integer(env.getArgument("first")),
                env.getArgument("after"));
    }

    /** The field's arguments, the same for every country of one alias. */
    public record Arguments<F>(F filter, Integer first, String after) {
    }

    /**
     * Loads the pages of many keys: one call of {@code pages} per distinct set of arguments, with all the
     * countries that share it.
     */
    public static <F, V> Map<CountryPageKey<F>, V> load(List<CountryPageKey<F>> keys,
            BiFunction<Arguments<F>, List<String>, Map<String, V>> pages) {
        Map<Arguments<F>, List<CountryPageKey<F>>> byArguments = new LinkedHashMap<>();
        for (CountryPageKey<F> key : keys) {
            byArguments.computeIfAbsent(new Arguments<>(key.filter, key.first, key.after), a -> new ArrayList<>()).add(key);
        }
        Map<CountryPageKey<F>, V> result = new HashMap<>();
        byArguments.forEach((arguments, group) -> {
            Map<String, V> byCountry = pages.apply(arguments, group.stream().map(CountryPageKey::country).distinct().toList());
            group.forEach(key -> result.put(key, byCountry.get(key.country)));
        });
        return result;
    }
}
