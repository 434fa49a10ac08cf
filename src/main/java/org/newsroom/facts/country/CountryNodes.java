package org.newsroom.facts.country;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.newsroom.facts.shared.NodeKind;

import graphql.schema.GraphQLSchema;

/** Countries as Relay nodes: a country's own id is its alpha-2 code (Country:KP). */
@ApplicationScoped
public class CountryNodes implements NodeKind {

    @Override
    public Set<String> types(GraphQLSchema schema) {
        return Set.of("Country");
    }

    @Override
    public String typeOf(Object object) {
        return object instanceof Country ? "Country" : null;
    }

    @Override
    public String localId(Object object) {
        return ((Country) object).code();
    }

    @Override
    public Map<String, Object> load(String type, Collection<String> localIds) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String code : localIds) {
            if (code.matches("[A-Z]{2}")) { // alpha-2 only: one global id per country
                Countries.find(code).ifPresent(c -> out.put(code, c));
            }
        }
        return out;
    }
}
