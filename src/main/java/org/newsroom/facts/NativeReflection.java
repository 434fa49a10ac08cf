package org.newsroom.facts;

import org.newsroom.facts.claim.AppearanceInput;
import org.newsroom.facts.claim.ClaimGraphQLApi;
import org.newsroom.facts.claim.ClaimInput;
import org.newsroom.facts.claim.ClaimPatch;
import org.newsroom.facts.claim.ClaimReviewInput;
import org.newsroom.facts.event.EventGraphQLApi;
import org.newsroom.facts.event.EventInput;
import org.newsroom.facts.event.EventPatch;
import org.newsroom.facts.fact.FactInput;
import org.newsroom.facts.fact.FactPatch;

import org.newsroom.facts.correction.CorrectionGraphQLApi;
import org.newsroom.facts.correction.CorrectionInput;
import org.newsroom.facts.country.CountryGraphQLApi;
import org.newsroom.facts.deployment.DeploymentGraphQLApi;
import org.newsroom.facts.deployment.DeploymentInput;
import org.newsroom.facts.deployment.DeploymentPatch;
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
import org.newsroom.facts.statistic.StatisticGraphQLApi;
import org.newsroom.facts.statistic.StatisticInput;
import org.newsroom.facts.statistic.StatisticPatch;

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
 * (ReflectiveFieldsTest finds every such class).
 */
@RegisterForReflection(targets = { SourceInput.class, PlaceInput.class, DeploymentInput.class, DeploymentPatch.class,
        StatisticInput.class, StatisticPatch.class, CitationInput.class, DisputeInput.class, QuantityInput.class,
        PeriodInput.class, CorrectionInput.class, RevisionStamp.class, StrictScalars.class, LeanReadPathHook.class,
        CorrectionGraphQLApi.class, CountryGraphQLApi.class, DeploymentGraphQLApi.class, FactGraphQLApi.class,
        LiveGraphQLApi.class, PlaceGraphQLApi.class, HistoryGraphQLApi.class, SourceGraphQLApi.class, StatisticGraphQLApi.class,
        FactInput.class, FactPatch.class, ClaimInput.class, ClaimPatch.class, AppearanceInput.class, ClaimReviewInput.class,
        EventInput.class, EventPatch.class, ClaimGraphQLApi.class, EventGraphQLApi.class,
        org.newsroom.facts.webhook.WebhookInput.class, org.newsroom.facts.webhook.WebhookGraphQLApi.class,
        org.newsroom.facts.usage.UsageGraphQLApi.class, org.newsroom.facts.revision.SourceHistoryGraphQLApi.class,
        org.newsroom.facts.fact.FactBase.class, org.newsroom.facts.fact.KindConnection.class })
public final class NativeReflection {

    private NativeReflection() {
    }
}
