package org.newsroom.facts.revision;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsroom.facts.shared.ErrorBoundary;
import org.newsroom.facts.source.Source;

import jakarta.inject.Inject;

/** The history field of every source, batched. */
@GraphQLApi
@ErrorBoundary
public class SourceHistoryGraphQLApi {

    @Inject
    SourceHistoryService service;

    @Description("Every revision of the source, oldest first (renames included). Editors and chiefs only.")
    public @NonNull List<@NonNull List<@NonNull Revision>> history(@org.eclipse.microprofile.graphql.Source List<Source> sources) {
        Map<Long, List<Revision>> bySource = service.historyOf(sources.stream().map(s -> Long.valueOf(s.id())).distinct().toList());
        return sources.stream().map(s -> bySource.get(Long.valueOf(s.id()))).toList();
    }
}
