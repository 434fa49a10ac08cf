package org.newsroom.facts.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsroom.facts.shared.Text;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The newsroom's verdict on a claim, as an editor enters it. */
@io.quarkus.runtime.annotations.RegisterForReflection // read by Jackson, ErrorBoundary, SourceFields (NativeReflection)
@Input("ClaimReviewInput")
@Description("A verdict: the rating and why. On a published claim it is given through a correction.")
public class ClaimReviewInput {

    @NonNull
    @NotNull
    @Description("The rating on the published scale.")
    public Rating rating;

    @Text(multiLine = true)
    @NonNull
    @NotBlank(message = "a rating needs its explanation")
    @Size(max = 2000)
    @Description("Why this rating, in one or two sentences.")
    public String explanation;
}
