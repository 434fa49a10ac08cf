package org.newsroom.facts.source;

import org.newsroom.facts.shared.PageInfo;

import org.newsroom.facts.shared.ErrorBoundary;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import jakarta.inject.Inject;

/** GraphQL operations of sources. */
@GraphQLApi
@ErrorBoundary
public class SourceGraphQLApi {

    @Inject
    SourceService service;

    @Query("sources")
    @Description("Sources, ordered by name; search is a case-insensitive part of the name.")
    public @NonNull SourceConnection sources(
            @Description("Part of the name, any case.") String search,
            @Description("Only sources of this kind.") SourceKind kind,
            @DefaultValue("50") @Description("How many sources (at most 100).") Integer first,
            @Description(PageInfo.AFTER) String after) {
        return service.page(search, kind, first, after);
    }

    @Query("source")
    @Description("A source by id; null when there is none.")
    public Source source(@NonNull @Id @Description("The source's id.") String id) {
        return service.find(id);
    }

    @Mutation("createSource")
    @Description("editor, chief: enters a source")
    public @NonNull Source createSource(@NonNull @Description("The new source.") SourceInput input) {
        return service.create(input);
    }

    @Mutation("updateSource")
    @Description("editor, chief: replaces a source's fields (CONFLICT when expectedVersion is not the current version)")
    public @NonNull Source updateSource(@NonNull @Id @Description("The source's id.") String id,
            @NonNull @Description("The version the change was made on.") Integer expectedVersion,
            @NonNull @Description("All the source's fields, as they should be.") SourceInput input) {
        return service.update(id, expectedVersion, input);
    }
}
