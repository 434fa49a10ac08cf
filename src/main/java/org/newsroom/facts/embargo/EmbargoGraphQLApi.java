package org.newsroom.facts.embargo;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.newsroom.facts.fact.Fact;
import org.newsroom.facts.shared.Batches;
import org.newsroom.facts.shared.ErrorBoundary;

import jakarta.inject.Inject;

/** Publishing now or at a time (embargoes), cancelling an embargo, and the batched embargo of every fact. */
@GraphQLApi
@ErrorBoundary
@io.quarkus.runtime.annotations.RegisterForReflection
public class EmbargoGraphQLApi {

    @Inject
    EmbargoService service;

    @Mutation("publishFact")
    @Description("chief: DRAFT -> PUBLISHED; needs at least one citation. With `at`, under embargo: the fact stays a draft to "
            + "readers everywhere until then and is published at that time (within a second); publishing a scheduled fact "
            + "again with another `at` moves its embargo, without `at` publishes it now.")
    public @NonNull Fact publishFact(@NonNull @Id @Description("The fact.") String id,
            @NonNull @Description("The version the chief reviewed.") Integer expectedVersion,
            @Description("When to publish it: a time in the future (at most newsroom.embargo.max-ahead away); now when left out.") OffsetDateTime at) {
        return service.publish(id, expectedVersion, at);
    }

    @Mutation("cancelEmbargo")
    @Description("chief: cancels a draft's scheduled publication; it stays a draft (INVALID_STATE when none is scheduled)")
    public @NonNull Fact cancelEmbargo(@NonNull @Id @Description("The fact.") String id) {
        return service.cancel(id);
    }

    @Description("Its scheduled publication, if a chief set one (and how it ended). Editors and chiefs only: null for others.")
    public List<Embargo> embargo(@Source List<Fact> facts) {
        return Batches.inOrder(facts, Fact::factId, service::embargoesOf);
    }
}
