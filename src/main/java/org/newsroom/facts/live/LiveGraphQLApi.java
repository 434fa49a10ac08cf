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
            + "may subscribe; events carry what readers see. After a lost connection, catch up with changes(since:). Editors and "
            + "chiefs may also ask for the review queue's events (CORRECTION_PROPOSED, CORRECTION_REVIEWED); over WebSocket the "
            + "token goes in the connection_init payload as Authorization: Bearer <token>.")
    public Multi<@NonNull FactChange> factChanged(@Description("Which events; absent means the public ones (PUBLISHED, CORRECTED, RETRACTED).") FactChangeFilter filter) {
        return live.subscribe(filter);
    }
}
