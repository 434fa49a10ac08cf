package org.newsroom.facts.count;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.newsroom.facts.claim.Rating;
import org.newsroom.facts.fact.Modality;
import org.newsroom.facts.fact.PublicationStatus;
import org.newsroom.facts.fact.Verification;

/** Which facts factCounts counts. */
@Input("FactCountFilter")
@io.quarkus.runtime.annotations.RegisterForReflection // bound by ArgumentBinding from its public fields (NativeReflection)
@Description("Which facts to count; every condition given must hold. Country arguments accept alpha-2 or alpha-3 codes in any case.")
public class FactCountFilter {

    @Description("Only facts of these kinds ('deployment', 'statistic', 'claim', 'event'; at most 20).")
    public List<String> kinds;

    @Description("Only facts about this country.")
    public String country;

    @Description("With country or a grouping by COUNTRY: only that part a country plays ('ORIGIN' and 'DESTINATION' of a deployment, 'SUBJECT' of the others).")
    public String countryRole;

    @Id
    @Description("Only claims by this claimant (a source).")
    public String claimant;

    @Description("Only claims reviewed with this verdict.")
    public Rating rating;

    @Description("Only facts put this way.")
    public Modality modality;

    @Description("Only facts checked this far.")
    public Verification verification;

    @Description("Only facts whose period starts in this year.")
    public Integer year;

    @Description("Facts of this status: PUBLISHED by default; RETRACTED for withdrawn facts; DRAFT for editors and chiefs only.")
    public PublicationStatus status;
}
