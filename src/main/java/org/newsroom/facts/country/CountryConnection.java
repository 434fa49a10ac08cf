package org.newsroom.facts.country;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.shared.Page;
import org.newsroom.facts.shared.PageInfo;

/** A page of countries. */
@Type("CountryConnection")
@Description("A page of countries, ordered by English name.")
public class CountryConnection {

    private final Page<Country> page;
    private final int total;

    public CountryConnection(Page<Country> page, int total) {
        this.page = page;
        this.total = total;
    }

    @Description("The countries of this page with their cursors.")
    public @NonNull List<@NonNull CountryEdge> getEdges() {
        return page.edges(CountryEdge::new);
    }

    @Description("The countries of this page.")
    public @NonNull List<@NonNull Country> getNodes() {
        return page.items();
    }

    @Description("Where this page stands.")
    public @NonNull PageInfo getPageInfo() {
        return page.pageInfo();
    }

    @Description("How many countries match, over all pages.")
    public int getTotalCount() {
        return total;
    }

    /** A country with its cursor. */
    @Type("CountryEdge")
    @Description("A country with its cursor.")
    public record CountryEdge(
            @NonNull @Description("An opaque cursor: pass it as after to get the countries that follow.") String cursor,
            @NonNull @Description("The country.") Country node) {
    }
}
