package org.newsroom.facts.shared;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import graphql.schema.GraphQLSchema;

/**
 * A feature's objects with a global identity (Relay's {@code Node}), registered once as a CDI bean: which GraphQL
 * object types they are, each object's own id, and how to load them as the caller may see them. The {@code nodeId}
 * field of those types, {@code node(nodeId:)} and {@code nodes(nodeIds:)} are derived from these registrations.
 */
public interface NodeKind {

    /** The object types this kind identifies, as named in the schema (facts: every implementation of Fact). */
    Set<String> types(GraphQLSchema schema);

    /** The GraphQL type of one of its objects. */
    String typeOf(Object object);

    /** An object's own id: its {@code id} field (a country's code). */
    String localId(Object object);

    /** The objects of those own ids (all of the given type) that the caller may see, by own id; others are left out. */
    Map<String, Object> load(String type, Collection<String> localIds);

    /** The own ids that are numbers, as numbers; others (not ids of this service) are dropped. */
    static java.util.List<Long> numeric(Collection<String> localIds) {
        return localIds.stream().filter(s -> s.matches("[1-9][0-9]{0,17}")).map(Long::valueOf).toList();
    }

    /** A map by numeric id as one by own id. */
    static <V> Map<String, Object> byLocal(Map<Long, V> byId) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        byId.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }
}
