package org.newsroom.facts.deployment;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.newsroom.facts.fact.PublicationStatus;
import org.newsroom.facts.fact.Verification;

/** Which deployments to list. */
@Input("DeploymentFilter")
@Description("Country arguments accept alpha-2 or alpha-3 codes in any case ('kp', 'PRK').")
public class DeploymentFilter {

    @Description("Only deployments from this country.")
    public String origin;

    @Description("Only deployments to this country.")
    public String destination;

    @Description("Only deployments of these people.")
    public PersonnelKind personnel;

    @Description("Only deployments checked this far.")
    public Verification verification;

    @Description("Readers may only ask for PUBLISHED or RETRACTED; by default they get both, editors get all.")
    public PublicationStatus status;

    @Description("Only deployments whose period overlaps [from, to].")
    public LocalDate from;

    @Description("Only deployments whose period overlaps [from, to].")
    public LocalDate to;
}
