package org.newsroom.facts.shared;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Builds every Caffeine cache of the service. Caffeine picks a generated class for each combination of settings (and
 * one for its entries) and finds it by name, so a native image must register exactly those: they are listed here, one
 * pair per combination in use, and {@code CachesTest} fails when a cache is built with a combination not listed. The
 * Quarkus extension registers only the most common ones.
 */
@RegisterForReflection(classNames = {
        // maximumWeight (the reader cache, persisted queries, parsed documents)
        "com.github.benmanes.caffeine.cache.SSMW", "com.github.benmanes.caffeine.cache.PSMW",
        // maximumWeight and expireAfterWrite (the reader cache beside a read replica)
        "com.github.benmanes.caffeine.cache.SSMWW", "com.github.benmanes.caffeine.cache.PSWMW",
        // expireAfterWrite (the reader cache's recent drops)
        "com.github.benmanes.caffeine.cache.SSW", "com.github.benmanes.caffeine.cache.PSW",
        // expireAfterWrite and maximumSize (registrations per client)
        "com.github.benmanes.caffeine.cache.SSMSW", "com.github.benmanes.caffeine.cache.PSWMS",
        // weakKeys and maximumSize (operation names, node counts per document)
        "com.github.benmanes.caffeine.cache.WSMS", "com.github.benmanes.caffeine.cache.FSMS",
        // maximumSize (the readers' query plans)
        "com.github.benmanes.caffeine.cache.SSMS", "com.github.benmanes.caffeine.cache.PSMS" })
public final class Caches {

    /** The caches built so far (held weakly), for the test that checks their classes are registered. */
    private static final Set<Cache<?, ?>> BUILT = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private Caches() {
    }

    /** Builds the cache the builder describes. */
    public static <K, V> Cache<K, V> build(Caffeine<? super K, ? super V> builder) {
        Cache<K, V> cache = builder.build();
        BUILT.add(cache);
        return cache;
    }

    /** The caches built so far that are still in use. */
    public static List<Cache<?, ?>> built() {
        synchronized (BUILT) {
            return List.copyOf(BUILT);
        }
    }

    /** The class names registered for reflection here. */
    public static List<String> registered() {
        return List.of(Caches.class.getAnnotation(RegisterForReflection.class).classNames());
    }
}
