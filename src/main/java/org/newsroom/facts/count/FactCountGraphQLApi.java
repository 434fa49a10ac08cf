package org.newsroom.facts.count;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsroom.facts.shared.Batches;
import org.newsroom.facts.shared.ErrorBoundary;

import jakarta.inject.Inject;

/** GraphQL operations of counts: factCounts, and the batched claimant of its groups. */
@GraphQLApi
@io.quarkus.runtime.annotations.RegisterForReflection // read by ErrorBoundary, SourceFields, ReadPlans (NativeReflection)
@ErrorBoundary
public class FactCountGraphQLApi {

    @Inject
    FactCountService service;

    @Inject
    org.newsroom.facts.source.SourceService sources;

    @Query("factCounts")
    @Description("How many facts, grouped (by kind, country, claimant, verdict, modality, verification, year or month) — e.g. "
            + "the Kremlin's claims of 2025 by verdict, or the deployments from North Korea by year — with the sums of their "
            + "figures per unit, in one statement. Published facts unless the filter asks for another status. Groups come in "
            + "the order of groupBy's values (nulls last); with no groupBy, one group of all.")
    public @NonNull List<@NonNull FactCountGroup> factCounts(@Description("Which facts to count.") FactCountFilter filter,
            @NonNull @Description("What to group by, in this order (each at most once).") List<@NonNull FactCountDimension> groupBy) {
        return service.count(filter, groupBy);
    }

    @Description("The claimant, when grouped by CLAIMANT.")
    public List<org.newsroom.facts.source.Source> claimant(@Source List<FactCountGroup> groups) {
        return Batches.inOrder(groups, FactCountGroup::claimantId,
                ids -> sources.readByIds(ids.stream().filter(java.util.Objects::nonNull).toList()));
    }
}
