package org.newsroom.facts.deployment;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsroom.facts.country.CountryCode;
import org.newsroom.facts.fact.NonNegativeQuantity;
import org.newsroom.facts.fact.PeriodInput;
import org.newsroom.facts.fact.QuantityInput;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.newsroom.facts.shared.Text;

/** Changes to a deployment; a field left out (or null) stays as it is. */
@io.quarkus.runtime.annotations.RegisterForReflection // read by Jackson, ErrorBoundary, SourceFields (NativeReflection)
@Input("DeploymentPatch")
@Description("Fields to change in a deployment; a field left out stays as it is. An empty notes string clears the notes.")
public class DeploymentPatch extends org.newsroom.facts.fact.FactPatch {

    @CountryCode
    @Description("Where the people came from.")
    public String origin;

    @CountryCode
    @Description("Where they were sent.")
    public String destination;

    @Size(max = 20)
    @Description("Places in the destination country; replaces the list (an empty list clears it).")
    @Id
    public List<@NonNull String> placeIds;

    @Description("Who was sent.")
    public PersonnelKind personnel;

    @Valid
    @NonNegativeQuantity
    @Description("How many were sent.")
    public QuantityInput headcount;

    @Valid
    @Description("When it happened or the figure applies.")
    public PeriodInput period;

    @Description("When the figure was made public.")
    public LocalDate reportedOn;

}
