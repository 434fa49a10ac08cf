package org.newsroom.facts.deployment;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.fact.KindConnection;
import org.newsroom.facts.shared.Page;

/** A page of deployments; totalCount is a batched field of {@link DeploymentGraphQLApi}. */
@Type("DeploymentConnection")
@Description("A page of deployments.")
public class DeploymentConnection extends KindConnection<Deployment, DeploymentConnection.DeploymentEdge> {

    public DeploymentConnection(Page<Deployment> page) {
        super(page, DeploymentEdge::new);
    }

    /** A deployment with its cursor. */
    @Type("DeploymentEdge")
    @Description("A deployment with its cursor.")
    public record DeploymentEdge(
            @NonNull @Description("An opaque cursor: pass it as after to get the deployments that follow.") String cursor,
            @NonNull @Description("The deployment.") Deployment node) {
    }
}
