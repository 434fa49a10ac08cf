package org.newsroom.facts.deployment;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.fact.FactPage;
import org.newsroom.facts.shared.Page;
import org.newsroom.facts.shared.PageInfo;

/** A page of deployments; totalCount is a batched field of {@link DeploymentGraphQLApi}. */
@Type("DeploymentConnection")
@Description("A page of deployments.")
public class DeploymentConnection {

    private final Page<Deployment> page;

    public DeploymentConnection(Page<Deployment> page) {
        this.page = page;
    }

    @Description("The deployments of this page with their cursors.")
    public @NonNull List<@NonNull DeploymentEdge> getEdges() {
        return page.edges(DeploymentEdge::new);
    }

    @Description("The deployments of this page.")
    public @NonNull List<@NonNull Deployment> getNodes() {
        return page.items();
    }

    @Description("Where this page stands.")
    public @NonNull PageInfo getPageInfo() {
        return page.pageInfo();
    }

    @Ignore
    public FactPage countKey() {
        return (FactPage) page.countKey();
    }

    /** A deployment with its cursor. */
    @Type("DeploymentEdge")
    @Description("A deployment with its cursor.")
    public record DeploymentEdge(
            @NonNull @Description("Pass as after to get the deployments that follow.") String cursor,
            @NonNull @Description("The deployment.") Deployment node) {
    }
}
