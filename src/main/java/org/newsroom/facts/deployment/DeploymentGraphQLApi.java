package org.newsroom.facts.deployment;

import org.newsroom.facts.shared.PageInfo;

import org.newsroom.facts.fact.SimilarFact;

import java.util.List;
import java.util.Map;

import org.newsroom.facts.shared.ErrorBoundary;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsroom.facts.country.Country;
import org.newsroom.facts.fact.FactOrder;
import org.newsroom.facts.place.Place;
import org.newsroom.facts.shared.Batches;


import jakarta.inject.Inject;

/** GraphQL operations of deployments, and the batched fields of deployments and countries. */
@io.quarkus.runtime.annotations.RegisterForReflection // read by Jackson, ErrorBoundary, SourceFields (NativeReflection)
@GraphQLApi
@ErrorBoundary
public class DeploymentGraphQLApi {

    @Inject
    DeploymentService service;


    @Query("deployments")
    @Description("Deployments the caller may see, filtered and ordered.")
    public @NonNull DeploymentConnection deployments(@Description("Which deployments.") DeploymentFilter filter,
            @DefaultValue("NEWEST_FIRST") @Description("The order.") FactOrder orderBy,
            @DefaultValue("20") @Description("How many deployments (at most 100).") Integer first,
            @Description(PageInfo.AFTER) String after) {
        return service.page(filter, orderBy, first, after);
    }

    @Query("deployment")
    @Description("A deployment by id; null when there is none or the caller may not see it.")
    public Deployment deployment(@NonNull @Id @Description("The deployment's id.") String id) {
        return service.find(id);
    }

    @Query("similarDeployments")
    @Description("editor, chief: before createDeployment, the existing facts a new deployment would repeat (same countries, an overlapping period, the figure within 10 %); nothing is saved")
    public @NonNull List<@NonNull SimilarFact> similarDeployments(@NonNull @Description("The new deployment, as it would be created.") DeploymentInput input,
            @DefaultValue("5") @Description("How many (at most 20), the most alike first.") Integer first) {
        return service.similar(input, first);
    }

    @Mutation("createDeployment")
    @Description("editor, chief: creates a DRAFT")
    public @NonNull Deployment createDeployment(@NonNull @Description("The new deployment.") DeploymentInput input) {
        return service.create(input);
    }

    @Mutation("updateDeployment")
    @Description("editor, chief: drafts only (INVALID_STATE otherwise: published facts change through corrections)")
    public @NonNull Deployment updateDeployment(@NonNull @Id @Description("The deployment.") String id,
            @NonNull @Description("The version the change was made on.") Integer expectedVersion,
            @NonNull @Description("The fields to change.") DeploymentPatch input,
            @Description("Why, for the history.") String note) {
        return service.update(id, expectedVersion, input, note);
    }

    @Description("Where in the destination country: 'Russian Far East', 'Kursk Oblast'.")
    public @NonNull List<@NonNull List<@NonNull Place>> places(@Source List<Deployment> deployments) {
        return Batches.inOrder(deployments, Deployment::factId, service::placesOf);
    }

    @Description("Deployments of people from this country, newest first.")
    public @NonNull List<@NonNull DeploymentConnection> deploymentsFrom(@Source List<Country> countries,
            @Description("Which deployments.") DeploymentFilter filter,
            @DefaultValue("20") @Description("How many (at most 100).") Integer first,
            @Description(PageInfo.AFTER) String after) {
        return pages(DeploymentRepository.ORIGIN, countries, filter, first, after);
    }

    @Description("Deployments of people to this country, newest first.")
    public @NonNull List<@NonNull DeploymentConnection> deploymentsTo(@Source List<Country> countries,
            @Description("Which deployments.") DeploymentFilter filter,
            @DefaultValue("20") @Description("How many (at most 100).") Integer first,
            @Description(PageInfo.AFTER) String after) {
        return pages(DeploymentRepository.DESTINATION, countries, filter, first, after);
    }

    @Description("How many deployments match, over all pages.")
    public @NonNull List<@NonNull Integer> totalCount(@Source List<DeploymentConnection> connections) {
        return service.count(connections.stream().map(DeploymentConnection::countKey).toList());
    }

    /** The pages of the countries of one set of arguments: one SQL statement. */
    private List<DeploymentConnection> pages(String column, List<Country> countries, DeploymentFilter filter, Integer first, String after) {
        return Batches.inOrder(countries, Country::code, codes -> service.pagePerCountry(column, codes, filter, first, after));
    }
}
