package org.newsroom.facts.intake;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** GraphQL operations of story intake. */
@GraphQLApi
public class IntakeGraphQLApi {

    @Inject
    StoryIntake intake;

    @Query("proposeFacts")
    @Description("editor, chief: reads a published story and proposes its facts — figures with their hedges, periods resolved against the day it ran, modality, countries, the attribution chain, claims and events — each with the existing facts it may repeat. Nothing is saved: a person checks each proposal and creates it.")
    public @NonNull List<@NonNull FactProposal> proposeFacts(@NonNull @Description("The story.") StoryInput story) {
        return intake.propose(story);
    }
}
