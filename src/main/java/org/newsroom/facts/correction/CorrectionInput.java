package org.newsroom.facts.correction;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsroom.facts.deployment.DeploymentPatch;
import org.newsroom.facts.fact.CitationInput;
import org.newsroom.facts.fact.Verification;
import org.newsroom.facts.statistic.StatisticPatch;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.newsroom.facts.shared.Text;

/** A proposed correction of a published fact, as an editor submits it. */
@Input("CorrectionInput")
@Description("A proposed change to a published fact: the patch for its kind and/or a new verification, why, the public note and the evidence.")
public class CorrectionInput {

    @NonNull
    @NotBlank
    @Id
    @Description("The published fact to correct.")
    public String factId;

    @Text(multiLine = true)
    @NonNull
    @NotBlank
    @Size(max = 2000)
    @Description("Why the change is needed (internal).")
    public String reason;

    @Text(multiLine = true)
    @NonNull
    @NotBlank
    @Size(max = 2000)
    @Description("The note readers will see once it is approved.")
    public String publicNote;

    @Valid
    @Description("The citation that shows the correction is right; it joins the fact's citations on approval.")
    public CitationInput evidence;

    @Valid
    @Description("For a deployment: the fields to change.")
    public DeploymentPatch deployment;

    @Valid
    @Description("For a statistic: the fields to change.")
    public StatisticPatch statistic;

    @Valid
    @Description("For a claim: the fields to change (a new or changed review included).")
    public org.newsroom.facts.claim.ClaimPatch claim;

    @Valid
    @Description("For an event: the fields to change.")
    public org.newsroom.facts.event.EventPatch event;

    @Description("A new verification state, e.g. DISPUTED or REFUTED.")
    public Verification verification;

    /**
     * The patches by kind name ({@code deployment}, ...): the one registration a new kind of fact adds outside its
     * package is its patch field here and its entry in this map.
     */
    public java.util.Map<String, org.newsroom.facts.fact.FactPatch> patches() {
        java.util.Map<String, org.newsroom.facts.fact.FactPatch> m = new java.util.LinkedHashMap<>();
        m.put("deployment", deployment);
        m.put("statistic", statistic);
        m.put("claim", claim);
        m.put("event", event);
        return m;
    }
}
