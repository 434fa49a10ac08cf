package org.newsroom.facts.source;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.country.Countries;
import org.newsroom.facts.country.Country;

/** A source as the API shows it. */
@Type("Source")
@Description("Who says something: an outlet, agency, ministry, body or group.")
public record Source(
        @Id @NonNull @Description("Opaque id.") String id,
        @NonNull @Description("The name as printed in an attribution, e.g. 'The Wall Street Journal'.") String name,
        @NonNull @Description("What kind of body it is.") SourceKind kind,
        @Ignore String countryCode,
        @Description("The source's website.") String url,
        @Description("Who they are, for editors and curious readers.") String description,
        @NonNull @Description("Increases with every change; pass it as expectedVersion to updateSource.") int version,
        @NonNull @Description("When the source was entered.") OffsetDateTime createdAt,
        @NonNull @Description("When the source last changed.") OffsetDateTime updatedAt) {

    /** An answer that prints a source depends on it (its cache tag). */
    public Source {
        org.newsroom.facts.shared.RequestGuard.depends("s:" + id);
    }

    @Description("The country the source belongs to, if any.")
    public Country getCountry() {
        return Countries.of(countryCode);
    }
}
