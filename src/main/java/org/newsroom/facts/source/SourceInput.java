package org.newsroom.facts.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsroom.facts.country.CountryCode;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.newsroom.facts.shared.Text;

/** A source as an editor enters it (all of it, also for updates). */
@Input("SourceInput")
@Description("A source: who states things. Names are printed as they are in attributions.")
public class SourceInput {

    @Text
    @NonNull
    @NotBlank
    @Size(max = 200)
    @Description("The name as printed in an attribution, e.g. 'The Wall Street Journal'.")
    public String name;

    @NonNull
    @NotNull
    @Description("What kind of body it is.")
    public SourceKind kind;

    @CountryCode
    @Description("alpha-2 or alpha-3")
    public String country;

    @Text
    @org.newsroom.facts.shared.WebUrl
    @Size(max = 2000)
    @Description("The source's website (http or https).")
    public String url;

    @Text(multiLine = true)
    @Size(max = 2000)
    @Description("Who they are.")
    public String description;
}
