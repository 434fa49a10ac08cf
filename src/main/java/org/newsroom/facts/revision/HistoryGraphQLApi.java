package org.newsroom.facts.revision;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.newsroom.facts.fact.Fact;
import org.newsroom.facts.shared.Batches;
import org.newsroom.facts.shared.ErrorBoundary;

import jakarta.inject.Inject;

/** The history field of every fact, batched. */
@GraphQLApi
@ErrorBoundary
public class HistoryGraphQLApi {

    @Inject
    HistoryService service;

    @Description("Every revision, oldest first. Editors and chiefs only (FORBIDDEN for readers).")
    public @NonNull List<@NonNull List<@NonNull Revision>> history(@Source List<Fact> facts) {
        return Batches.inOrder(facts, Fact::factId, service::historyOf);
    }
}
