package org.newsroom.facts.fact;

/**
 * What a connection of facts counts its totalCount from: the query and, for per-country pages, the country.
 */
public record FactPage(FactQuery query, String group) {
}
