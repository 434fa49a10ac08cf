package org.newsroom.facts.revision;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One changed field of a revision. */
@Type("FieldChange")
@Description("One field a revision changed.")
public record FieldChange(
        @NonNull @Description("The input path of the changed field, e.g. headcount.value or period.start.") String field,
        @Description("The value before, as text; null when it had none.") String from,
        @Description("The value after, as text; null when it has none.") String to) {
}
