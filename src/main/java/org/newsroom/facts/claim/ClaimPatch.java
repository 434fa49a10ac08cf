package org.newsroom.facts.claim;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsroom.facts.fact.FactPatch;
import org.newsroom.facts.fact.PeriodInput;
import org.newsroom.facts.shared.Text;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** Changes to a claim; a field left out (or null) stays as it is, a list given replaces the list. */
@io.quarkus.runtime.annotations.RegisterForReflection // read by Jackson, ErrorBoundary, SourceFields (NativeReflection)
@Input("ClaimPatch")
@Description("Fields to change in a claim; a field left out stays as it is, a list given replaces it. A new or changed review of a published claim is a correction.")
public class ClaimPatch extends FactPatch {

    @Id
    @Description("Who made the claim (a source id).")
    public String claimantId;

    @Text(multiLine = true)
    @Size(max = 2000)
    @Description("What was claimed, in the newsroom's words, without the claimant's name.")
    public String statement;

    @Valid
    @Description("When the claim was made.")
    public PeriodInput claimedOn;

    @Size(max = 20)
    @Description("Where the claim appeared; replaces the list.")
    public List<@NonNull @Valid AppearanceInput> appearances;

    @Size(max = 20)
    @Description("ISO 3166-1 codes of the countries it is about; replaces the list.")
    public List<@NonNull String> countries;

    @Size(max = 20)
    @Id
    @Description("Places it is about, in those countries; replaces the list.")
    public List<@NonNull String> placeIds;

    @Valid
    @Description("The newsroom's verdict.")
    public ClaimReviewInput review;
}
