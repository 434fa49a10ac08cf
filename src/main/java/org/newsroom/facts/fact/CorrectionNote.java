package org.newsroom.facts.fact;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A public correction note, as printed under a story. */
@Type("CorrectionNote")
@Description("A public correction note, as printed under a story.")
public record CorrectionNote(
        @NonNull @Description("When the correction took effect.") OffsetDateTime correctedAt,
        @NonNull @Description("The note readers see.") String text) {
}
