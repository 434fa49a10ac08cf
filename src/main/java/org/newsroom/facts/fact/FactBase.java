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

    protected FactBase(FactEntity e) {
        this.id = e.id;
        this.status = e.status;
        this.verification = e.verification;
        this.version = e.version;
        this.createdAt = e.createdAt;
        this.updatedAt = e.updatedAt;
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

    @Ignore
    public long factId() {
        return id;
    }
}
