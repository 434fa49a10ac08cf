package org.newsroom.facts.revision;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.newsroom.facts.fact.Fact;
import org.newsroom.facts.shared.Batches;
import org.newsroom.facts.shared.ErrorBoundary;

import jakarta.inject.Inject;

/** The asOfVersion field of every fact, batched: a fact as it read at a past version. */
@GraphQLApi
@ErrorBoundary
@io.quarkus.runtime.annotations.RegisterForReflection
public class VersionGraphQLApi {

    @Inject
    VersionService service;

    @Description("The fact exactly as it read at that version (summary, attribution, figure, period, modality, status, notes, "
            + "corrections), with its sources named as then; null when it has no such version or the caller may not see it: "
            + "readers see the versions that were published or retracted, editors and chiefs every one.")
    public List<FactVersion> asOfVersion(@Source List<Fact> facts,
            @NonNull @Description("The version, from 1 (the creation) to the fact's version now.") int version) {
        return Batches.inOrder(facts, Fact::factId, ids -> service.asOf(ids, version));
    }
}
