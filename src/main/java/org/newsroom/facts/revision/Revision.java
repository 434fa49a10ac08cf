package org.newsroom.facts.revision;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.fact.RevisionAction;

/** One saved change of a fact, as the API shows it. */
@Type("Revision")
@Description("One saved change of a fact. Revision 1 is its creation; a revision's number is the fact's version after it.")
public record Revision(
        @NonNull @Description("1 for the creation, then one more for every saved change, without gaps.") int number,
        @NonNull @Description("When the change was committed.") OffsetDateTime at,
        @NonNull @Description("Who made it.") String by,
        @NonNull @Description("What kind of change it was.") RevisionAction action,
        @NonNull @Description("The fields it changed, with old and new values as text.") List<@NonNull FieldChange> changes,
        @Description("Why, as the editor or chief wrote it (for a correction, its public note).") String note,
        @Description("Who made it, as an identity that no display name can imitate: the token's issuer and subject "
                + "('issuer|subject'), 'system|…' for the service's own work; null for revisions from before identities were kept.")
        String byIdentity) {
}
