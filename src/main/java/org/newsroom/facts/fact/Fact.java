package org.newsroom.facts.fact;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The GraphQL interface of every kind of fact. Citations, disputes, corrections, history and attribution are
 * batched source fields of {@link FactGraphQLApi}.
 */
@Interface("Fact")
@Description("Anything the newsroom can cite, publish and correct.")
public interface Fact {

    @Id
    @NonNull
    @Description("Opaque id, unique across all kinds of fact.")
    String getId();

    @NonNull
    @Description("One printable English sentence, e.g. 'North Korea sent nearly 15,000 workers to Russia (2024).'")
    String getSummary();

    @NonNull
    @Description("Where the fact stands in the editorial workflow.")
    PublicationStatus getStatus();

    @NonNull
    @Description("How far the fact has been checked.")
    Verification getVerification();

    @NonNull
    @Description("Increases with every saved change; pass it as expectedVersion.")
    int getVersion();

    @NonNull
    @Description("When the fact was entered.")
    OffsetDateTime getCreatedAt();

    @NonNull
    @Description("When the fact last changed.")
    OffsetDateTime getUpdatedAt();

    @NonNull
    @Description("How the source puts it; printed in the summary ('reportedly sent', 'could grow to').")
    Modality getModality();

    @Description("For running totals and stocks: the date the figure holds on ('nearly 15,000 so far', as of a briefing).")
    java.time.LocalDate getAsOf();

    /** The numeric id, for batches. */
    long factId();
}
