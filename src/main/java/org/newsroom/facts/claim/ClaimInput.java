package org.newsroom.facts.claim;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsroom.facts.fact.FactInput;
import org.newsroom.facts.fact.Modality;
import org.newsroom.facts.fact.PeriodInput;
import org.newsroom.facts.fact.Verification;
import org.newsroom.facts.shared.Text;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new claim as an editor enters it. */
@io.quarkus.runtime.annotations.RegisterForReflection // read by Jackson, ErrorBoundary, SourceFields (NativeReflection)
@Input("ClaimInput")
@Description("A new claim: who claimed what, when, where it appeared, what it is about, the evidence and, when given, the verdict.")
public class ClaimInput extends FactInput<ClaimPatch> {

    @NonNull
    @NotBlank
    @Id
    @Description("Who made the claim (a source id).")
    public String claimantId;

    @Text(multiLine = true)
    @NonNull
    @NotBlank
    @Size(max = 2000)
    @Description("What was claimed, in the newsroom's words, without the claimant's name: 'it had fully expelled Ukrainian forces from Kursk Oblast'.")
    public String statement;

    @Valid
    @Description("When the claim was made, with its precision: 'last month' of a story is a MONTH.")
    public PeriodInput claimedOn;

    @Size(max = 20)
    @Description("Where the claim appeared.")
    public List<@NonNull @Valid AppearanceInput> appearances;

    @Size(max = 20)
    @Description("ISO 3166-1 codes (alpha-2 or alpha-3) of the countries it is about.")
    public List<@NonNull String> countries;

    @Size(max = 20)
    @Id
    @Description("Places it is about, in those countries.")
    public List<@NonNull String> placeIds;

    @DefaultValue("ALLEGED")
    @Description("How the claimant puts it; ALLEGED when left out.")
    public Modality modality = Modality.ALLEGED;

    @DefaultValue("UNVERIFIED")
    @Description("How far it has been checked; UNVERIFIED when left out.")
    public Verification verification = Verification.UNVERIFIED;

    @Valid
    @Description("The newsroom's verdict, when already given.")
    public ClaimReviewInput review;

    @Override
    public Modality modality() {
        return modality;
    }

    @Override
    public Verification verification() {
        return verification;
    }

    @Override
    protected ClaimPatch kindPatch() {
        ClaimPatch p = new ClaimPatch();
        p.claimantId = claimantId;
        p.statement = statement;
        p.claimedOn = claimedOn;
        p.appearances = appearances;
        p.countries = countries;
        p.placeIds = placeIds;
        p.review = review;
        return p;
    }
}
