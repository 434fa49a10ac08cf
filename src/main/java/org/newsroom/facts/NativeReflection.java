package org.newsroom.facts;

import org.newsroom.facts.fact.FactInput;
import org.newsroom.facts.fact.FactPatch;

import org.newsroom.facts.correction.CorrectionGraphQLApi;
import org.newsroom.facts.correction.CorrectionInput;
import org.newsroom.facts.country.CountryGraphQLApi;
import org.newsroom.facts.fact.CitationInput;
import org.newsroom.facts.fact.DisputeInput;
import org.newsroom.facts.fact.FactGraphQLApi;
import org.newsroom.facts.fact.PeriodInput;
import org.newsroom.facts.fact.QuantityInput;
import org.newsroom.facts.live.LiveGraphQLApi;
import org.newsroom.facts.place.PlaceGraphQLApi;
import org.newsroom.facts.place.PlaceInput;
import org.newsroom.facts.revision.HistoryGraphQLApi;
import org.newsroom.facts.revision.RevisionStamp;
import org.newsroom.facts.source.SourceGraphQLApi;
import org.newsroom.facts.source.SourceInput;

import org.newsroom.facts.delivery.LeanReadPathHook;
import org.newsroom.facts.delivery.StrictScalars;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Classes that something other than SmallRye GraphQL or Hibernate reads by reflection, registered for the native
 * image: Jackson reads the inputs (the demo dataset, a correction's stored patch), Envers creates the listener,
 * ErrorBoundary reads the {@code @Mutation} annotation of the API methods it guards, and SmallRye's ServiceLoader
 * creates StrictScalars and LeanReadPathHook (their service file is included as a resource in application.properties);
 * graphql-java's PropertyDataFetcher reads the lean read path's properties, some of which the kinds of fact and their
 * connections inherit from FactBase and KindConnection, which SmallRye's extension does not register
 * (ReflectiveFieldsTest finds every such class). The kinds of fact register their own inputs, patches and APIs with
 * the annotation in their packages, so a new kind adds nothing here.
 */
@RegisterForReflection(targets = { SourceInput.class, PlaceInput.class, CitationInput.class, DisputeInput.class, QuantityInput.class,
        PeriodInput.class, CorrectionInput.class, RevisionStamp.class, StrictScalars.class, LeanReadPathHook.class,
        CorrectionGraphQLApi.class, CountryGraphQLApi.class, FactGraphQLApi.class, LiveGraphQLApi.class, PlaceGraphQLApi.class,
        HistoryGraphQLApi.class, SourceGraphQLApi.class, FactInput.class, FactPatch.class,
        org.newsroom.facts.webhook.WebhookInput.class, org.newsroom.facts.webhook.WebhookGraphQLApi.class,
        org.newsroom.facts.usage.UsageGraphQLApi.class, org.newsroom.facts.revision.SourceHistoryGraphQLApi.class,
        org.newsroom.facts.intake.IntakeGraphQLApi.class,
        org.newsroom.facts.fact.FactBase.class, org.newsroom.facts.fact.KindConnection.class })
public final class NativeReflection {

    private NativeReflection() {
    }
}
