package org.newsroom.facts.fact;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.newsroom.facts.shared.Text;

/** A citation as an editor enters it. */
@Input("CitationInput")
@Description("Where a fact was stated: sourceId said it; viaSourceId (a different source) reported it, when second-hand. publishedOn <= accessedOn.")
@ValidCitation
public class CitationInput {

    @NonNull
    @NotBlank
    @Id
    @Description("Who stated it.")
    public String sourceId;

    @Id
    @Description("Who reported it, when it reached us second-hand.")
    public String viaSourceId;

    @Text
    @Size(max = 500)
    @Description("The title of the article, report or statement.")
    public String title;

    @Text
    @org.newsroom.facts.shared.WebUrl
    @Size(max = 2000)
    @Description("Where to read it (http or https).")
    public String url;

    @Text
    @org.newsroom.facts.shared.WebUrl
    @Size(max = 2000)
    @Description("A permanent copy of the page (http or https): a web archive, perma.cc, the newsroom's own archive.")
    public String archiveUrl;

    @Size(max = 10)
    @Id
    @Description("Sources between `sourceId` and `viaSourceId`, in order.")
    public java.util.List<@NonNull String> chainSourceIds;

    @Description("When it was published.")
    public LocalDate publishedOn;

    @Description("When the newsroom read it.")
    public LocalDate accessedOn;

    @Text(multiLine = true)
    @Size(max = 4000)
    @Description("The words quoted from it.")
    public String quote;
}
