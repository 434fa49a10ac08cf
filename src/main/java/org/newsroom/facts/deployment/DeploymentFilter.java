package org.newsroom.facts.deployment;

import java.time.LocalDate;
import java.util.Objects;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.newsroom.facts.fact.PublicationStatus;
import org.newsroom.facts.fact.Verification;

/** Which deployments to list; equal filters batch together. */
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

    /** The filter from the argument as a plain data fetcher gets it; null when absent. */
    static DeploymentFilter of(java.util.Map<String, Object> input) {
        if (input == null) {
            return null;
        }
        DeploymentFilter f = new DeploymentFilter();
        f.origin = org.newsroom.facts.shared.ArgumentMaps.text(input, "origin");
        f.destination = org.newsroom.facts.shared.ArgumentMaps.text(input, "destination");
        f.personnel = org.newsroom.facts.shared.ArgumentMaps.enumOf(PersonnelKind.class, input, "personnel");
        f.verification = org.newsroom.facts.shared.ArgumentMaps.enumOf(org.newsroom.facts.fact.Verification.class, input, "verification");
        f.status = org.newsroom.facts.shared.ArgumentMaps.enumOf(org.newsroom.facts.fact.PublicationStatus.class, input, "status");
        f.from = org.newsroom.facts.shared.ArgumentMaps.date(input, "from");
        f.to = org.newsroom.facts.shared.ArgumentMaps.date(input, "to");
        return f;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeploymentFilter f
                && Objects.equals(origin, f.origin)
                && Objects.equals(destination, f.destination)
                && Objects.equals(personnel, f.personnel)
                && Objects.equals(verification, f.verification)
                && Objects.equals(status, f.status)
                && Objects.equals(from, f.from)
                && Objects.equals(to, f.to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, destination, personnel, verification, status, from, to);
    }
}
