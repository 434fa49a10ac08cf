package org.newsroom.facts.deployment;

import org.newsroom.facts.country.Country;
import org.newsroom.facts.shared.ParentPageKey;
import org.newsroom.facts.shared.LeanFields;
import org.newsroom.facts.shared.ReadFields;

import graphql.schema.DataFetchingEnvironment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The lean read path of deployments: their places, a country's deployments from and to it, their counts. */
@ApplicationScoped
public class DeploymentReadFields implements ReadFields {

    @Inject
    DeploymentGraphQLApi api;

    @Override
    public void register(LeanFields fields) {
        fields.batched("Deployment.places", "Deployment", "places", api::places);
        fields.batchedWith("Country.deploymentsFrom", "Country", "deploymentsFrom", 
                (Country c, DataFetchingEnvironment env) -> ParentPageKey.of(c.code(), env, DeploymentFilter::of),
                keys -> api.pages(DeploymentRepository.ORIGIN, keys));
        fields.batchedWith("Country.deploymentsTo", "Country", "deploymentsTo", 
                (Country c, DataFetchingEnvironment env) -> ParentPageKey.of(c.code(), env, DeploymentFilter::of),
                keys -> api.pages(DeploymentRepository.DESTINATION, keys));
        fields.batched("DeploymentConnection.totalCount", "DeploymentConnection", "totalCount", api::totalCount);
    }
}
