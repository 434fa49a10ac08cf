package org.newsroom.facts.embargo;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A fact's embargo, as editors and chiefs see it. */
@Type("Embargo")
@Description("A scheduled publication: the draft is published at publishAt, not before. Editors and chiefs only.")
public record Embargo(
        @Ignore long factId,
        @NonNull @Description("When the fact is (or was to be) published.") OffsetDateTime publishAt,
        @NonNull @Description("Where the embargo stands.") EmbargoState state,
        @NonNull @Description("The version the chief reviewed: a draft changed since is not published.") int factVersion,
        @NonNull @Description("The chief who scheduled it (or last moved it).") String scheduledBy,
        @NonNull @Description("When it was scheduled (or last moved).") OffsetDateTime scheduledAt,
        @Description("When it was settled: published, cancelled or lapsed.") OffsetDateTime settledAt,
        @Description("How it was settled, in plain words.") String outcome) {
}
