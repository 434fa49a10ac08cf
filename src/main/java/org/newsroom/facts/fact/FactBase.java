package org.newsroom.facts.fact;

import org.newsroom.facts.shared.RequestGuard;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The part of a fact's view that every kind shares, copied from its entity. Subclasses implement {@link Fact};
 * this class does not, so that it is no GraphQL type of its own (hence the annotations are repeated here).
 */
public abstract class FactBase {

    private final long id;
    private final PublicationStatus status;
    private final Verification verification;
    private final int version;
    private final OffsetDateTime createdAt;
    private final OffsetDateTime updatedAt;
    private final Modality modality;
    private final java.time.LocalDate asOf;

    protected FactBase(FactEntity e) {
        this.id = e.id;
        this.status = e.status;
        this.verification = e.verification;
        this.version = e.version;
        this.createdAt = e.createdAt;
        this.updatedAt = e.updatedAt;
        this.modality = e.modality;
        this.asOf = e.asOf;
        RequestGuard.depends("f:" + id);
    }

    @Id
    @NonNull
    @Description("Opaque id, unique across all kinds of fact.")
    public String getId() {
        return String.valueOf(id);
    }

    @NonNull
    @Description("Where the fact stands in the editorial workflow.")
    public PublicationStatus getStatus() {
        return status;
    }

    @NonNull
    @Description("How far the fact has been checked.")
    public Verification getVerification() {
        return verification;
    }

    @NonNull
    @Description("Increases with every saved change; pass it as expectedVersion.")
    public int getVersion() {
        return version;
    }

    @NonNull
    @Description("When the fact was entered.")
    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    @NonNull
    @Description("When the fact last changed.")
    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    @NonNull
    @Description("How the source puts it; printed in the summary ('reportedly sent', 'could grow to').")
    public Modality getModality() {
        return modality;
    }

    @Description("For running totals and stocks: the date the figure holds on ('nearly 15,000 so far', as of a briefing).")
    public java.time.LocalDate getAsOf() {
        return asOf;
    }

    /** When, for a summary: ' (2024)', ' (as of 1 September 2025)', ' (2024; as of 1 September 2025)' or nothing. */
    protected String when(Period period) {
        String as = asOf == null ? null : "as of " + PeriodText.day(asOf);
        if (period == null) {
            return as == null ? "" : " (" + as + ")";
        }
        return " (" + period.text() + (as == null ? "" : "; " + as) + ")";
    }

    @Ignore
    public long factId() {
        return id;
    }
}
