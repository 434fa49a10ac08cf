package org.newsroom.facts.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every Caffeine cache the service builds has its generated classes (the cache's and its entries') registered for a
 * native image in {@link Caches}: the service's caches are built (its beans created, a query answered), then each
 * cache's classes are looked up and must be among the registered ones. A combination of settings that is not listed
 * fails here (positive control: soft values).
 */
@QuarkusTest
class CachesTest {

    @Test
    void everyCacheTheServiceBuildsHasItsClassesRegistered() throws Exception {
        for (String bean : List.of("delivery.ResponseCache", "delivery.QueryCost", "delivery.RegistrationLimiter",
                "delivery.PersistedQueryService", "delivery.GraphQLEndpoint", "delivery.GraphQLMetrics")) {
            Arc.container().instance(Class.forName("org.newsroom.facts." + bean)).get().toString(); // created, with its caches
        }
        given().queryParam("query", "{ countries(first: 1) { nodes { code } } }").get("/graphql").then().statusCode(200);
        List<String> unregistered = new ArrayList<>();
        for (Cache<?, ?> cache : Caches.built()) {
            unregistered.addAll(unregistered(cache));
        }
        assertTrue(Caches.built().size() >= 7, "the service's caches were seen: " + Caches.built().size());
        assertEquals(List.of(), unregistered, "generated Caffeine classes in use but not registered in Caches");
        for (String name : Caches.registered()) {
            Class.forName(name); // every registered name is a class Caffeine has
        }
        // positive control: a combination not in the list is found
        assertFalse(unregistered(Caches.build(Caffeine.newBuilder().softValues().maximumSize(5))).isEmpty());
    }

    /** The generated classes of the cache (its own and its entries') that are not registered. */
    private static List<String> unregistered(Cache<?, ?> cache) throws Exception {
        Object map = cache.asMap();
        List<String> classes = new ArrayList<>();
        for (Class<?> k = map.getClass(); k != null; k = k.getSuperclass()) {
            try {
                java.lang.reflect.Field nodes = k.getDeclaredField("nodeFactory");
                nodes.setAccessible(true);
                classes.add(map.getClass().getName());
                classes.add(nodes.get(map).getClass().getName());
                break;
            } catch (NoSuchFieldException e) {
                // not here: its superclass, or an unbounded cache (no generated class)
            }
        }
        classes.removeAll(Caches.registered());
        return classes;
    }
}
