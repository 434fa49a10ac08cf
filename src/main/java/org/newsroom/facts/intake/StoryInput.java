package org.newsroom.facts.intake;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsroom.facts.shared.Text;

/** A published story to read facts from (proposeFacts). */
@Input("StoryInput")
@Description("A published story to read facts from: its text, the day it ran (relative dates are resolved against it) and who printed it.")
public class StoryInput {

    /** The longest story read: about 10,000 words. */
    public static final int MAX_TEXT = 60_000;

    @Text(multiLine = true)
    @NonNull
    @NotBlank
    @Size(max = MAX_TEXT)
    @Description("The story's text, paragraphs separated by line breaks; at most 60,000 characters.")
    public String text;

    @NonNull
    @Description("The day the story ran (not in the future): 'last week' and 'this year' are read against it.")
    public LocalDate publishedOn;

    @Text
    @Size(max = 200)
    @Description("Who printed it, by name: the source of what the story states itself, unless outletId is given.")
    public String outlet;

    @Id
    @Description("Who printed it, as an existing source.")
    public String outletId;

    @Text
    @Size(max = 2000)
    @Description("Where the story can be read (http or https); it goes into the proposed citations.")
    public String url;
}
