package org.newsroom.facts.fact;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsroom.facts.shared.NodeKind;

import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLSchema;

/**
 * Every kind of fact as Relay nodes (each implementation of the Fact interface, so a new kind is one without more),
 * and citations: loaded as the caller may see them (drafts for editors and chiefs; a citation with its fact).
 */
@ApplicationScoped
public class FactNodes implements NodeKind {

    static final String CITATION = "Citation";

    @Inject
    FactAccess access;

    @Inject
    FactCitations citations;

    @Override
    public Set<String> types(GraphQLSchema schema) {
        Set<String> types = schema.getImplementations((GraphQLInterfaceType) schema.getType("Fact")).stream()
                .map(t -> t.getName()).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        types.add(CITATION);
        return types;
    }

    @Override
    public String typeOf(Object object) {
        if (object instanceof Citation) {
            return CITATION;
        }
        // a kind's view class is named as its GraphQL type (Deployment); the name needs no reflection, also natively
        return object instanceof Fact ? object.getClass().getSimpleName() : null;
    }

    @Override
    public String localId(Object object) {
        return object instanceof Citation c ? c.id() : ((Fact) object).getId();
    }

    @Override
    public Map<String, Object> load(String type, Collection<String> localIds) {
        if (type.equals(CITATION)) {
            return NodeKind.byLocal(citations.visibleByIds(NodeKind.numeric(localIds)));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        access.byIds(NodeKind.numeric(localIds)).forEach((id, fact) -> {
            if (type.equals(typeOf(fact))) { // Deployment:7 is no node when fact 7 is a claim
                out.put(String.valueOf(id), fact);
            }
        });
        return out;
    }
}
