package org.newsroom.facts.live;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsroom.facts.shared.ErrorBoundary;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;

/** GraphQL subscriptions of the live feed (over WebSocket, graphql-transport-ws). */
@GraphQLApi
@ErrorBoundary
public class LiveGraphQLApi {

    @Inject
    LiveService live;

    @Subscription("factChanged")
    @Description("Facts as they are published, corrected or retracted, from any instance of the service. Everyone "
            + "may subscribe; events carry what readers see. After a lost connection, catch up with changes(since:).")
    public Multi<@NonNull FactChange> factChanged(@Description("Which events; absent means all.") FactChangeFilter filter) {
        return live.subscribe(filter);
    }
}
