package org.newsroom.facts.deployment;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsroom.facts.country.CountryCode;
import org.newsroom.facts.fact.CitationInput;
import org.newsroom.facts.fact.NonNegativeQuantity;
import org.newsroom.facts.fact.PeriodInput;
import org.newsroom.facts.fact.QuantityInput;
import org.newsroom.facts.fact.Verification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.newsroom.facts.shared.Text;

/** A new deployment as an editor enters it. */
@io.quarkus.runtime.annotations.RegisterForReflection // read by Jackson, ErrorBoundary, SourceFields (NativeReflection)
@Input("DeploymentInput")
@Description("A new deployment: people sent from origin to destination. Country codes are alpha-2 or alpha-3.")
public class DeploymentInput extends org.newsroom.facts.fact.FactInput<DeploymentPatch> {

    @NonNull
    @NotBlank
    @CountryCode
    @Description("Where the people came from.")
    public String origin;

    @NonNull
    @NotBlank
    @CountryCode
    @Description("Where they were sent.")
    public String destination;

    @Size(max = 20)
    @Description("Places in the destination country (ids from createPlace).")
    @Id
    public List<@NonNull String> placeIds;

    @NonNull
    @NotNull
    @Description("Who was sent.")
    public PersonnelKind personnel;

    @NonNull
    @NotNull
    @Valid
    @NonNegativeQuantity
    @Description("How many were sent.")
    public QuantityInput headcount;

    @Valid
    @Description("When it happened or the figure applies.")
    public PeriodInput period;

    @Description("When the figure was made public.")
    public LocalDate reportedOn;

    @DefaultValue("STATED")
    @Description("How the source puts it; STATED when left out.")
    public org.newsroom.facts.fact.Modality modality = org.newsroom.facts.fact.Modality.STATED;

    @DefaultValue("REPORTED")
    @Description("How far it has been checked; REPORTED when left out.")
    public Verification verification = Verification.REPORTED;

    @Override
    public org.newsroom.facts.fact.Modality modality() {
        return modality;
    }

    @Override
    public Verification verification() {
        return verification;
    }

    @Override
    protected DeploymentPatch kindPatch() {
        DeploymentPatch p = new DeploymentPatch();
        p.origin = origin;
        p.destination = destination;
        p.placeIds = placeIds;
        p.personnel = personnel;
        p.headcount = headcount;
        p.period = period;
        p.reportedOn = reportedOn;
        return p;
    }
}
