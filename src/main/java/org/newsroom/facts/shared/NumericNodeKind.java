package org.newsroom.facts.shared;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import graphql.schema.GraphQLSchema;

/** A {@link NodeKind} of one GraphQL type whose objects have numeric ids and load in batches by id. */
public abstract class NumericNodeKind<T> implements NodeKind {

    private final String type;
    private final Class<T> javaType;
    private final Function<T, String> id;

    protected NumericNodeKind(String type, Class<T> javaType, Function<T, String> id) {
        this.type = type;
        this.javaType = javaType;
        this.id = id;
    }

    /** The objects of the ids that the caller may see, by id; one statement. */
    protected abstract Map<Long, T> visibleByIds(List<Long> ids);

    @Override
    public Set<String> types(GraphQLSchema schema) {
        return Set.of(type);
    }

    @Override
    public String typeOf(Object object) {
        return javaType.isInstance(object) ? type : null;
    }

    @Override
    public String localId(Object object) {
        return id.apply(javaType.cast(object));
    }

    @Override
    public Map<String, Object> load(String type, Collection<String> localIds) {
        return NodeKind.byLocal(visibleByIds(NodeKind.numeric(localIds)));
    }
}
