package org.newsroom.facts.fact;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.newsroom.facts.shared.Text;

/** A dispute as an editor enters it. */
@Input("DisputeInput")
@Description("A named source contesting a fact.")
public class DisputeInput {

    @NonNull
    @NotBlank
    @Id
    @Description("Who disputes the fact.")
    public String sourceId;

    @Text(multiLine = true)
    @NonNull
    @NotBlank
    @Size(max = 2000)
    @Description("What they said, in the newsroom's words.")
    public String statement;

    @Description("When they said it.")
    public LocalDate on;
}
