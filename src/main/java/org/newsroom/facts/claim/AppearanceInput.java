package org.newsroom.facts.claim;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.newsroom.facts.shared.Text;

import jakarta.validation.constraints.Size;

/** Where a claim appeared, as an editor enters it. */
@io.quarkus.runtime.annotations.RegisterForReflection // read by Jackson, ErrorBoundary, SourceFields (NativeReflection)
@Input("AppearanceInput")
@Description("Where a claim was made: the page (http or https), who carried it, its title and date.")
public class AppearanceInput {

    @Text
    @org.newsroom.facts.shared.WebUrl
    @Size(max = 2000)
    @Description("The page, post or recording (http or https).")
    public String url;

    @Id
    @Description("Who carried it (a source id; may be the claimant itself).")
    public String outletId;

    @Text
    @Size(max = 500)
    @Description("The title of the statement, post or article.")
    public String title;

    @Description("When it appeared.")
    public LocalDate on;

    @DefaultValue("false")
    @Description("The first known appearance of the claim.")
    public Boolean first = false;
}
