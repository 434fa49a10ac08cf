package org.newsroom.facts.fact;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.newsroom.facts.shared.ErrorBoundary;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import jakarta.inject.Inject;

/** GraphQL operations on facts of any kind, and the batched fields every fact has. */
@GraphQLApi
@ErrorBoundary
public class FactGraphQLApi {

    @Inject
    FactAccess access;

    @Inject
    FactSearch search;

    @Inject
    FactCitations citations;

    @Inject
    FactDisputes disputes;

    @Inject
    FactPublishing publishing;

    @Query("fact")
    @Description("A fact of any kind by id; null when there is none or the caller may not see it.")
    public Fact fact(@NonNull @Id @Description("The fact's id.") String id) {
        return access.find(id);
    }

    @Query("search")
    @Description("Full-text search over the facts the caller may see (summary, notes, indicator, places, sources), best match first.")
    public @NonNull FactConnection search(@NonNull @Description("Words to look for; every word must match.") String text,
            @DefaultValue("20") @Description("How many facts (at most 100).") Integer first,
            @Description("A cursor from a previous page.") String after) {
        return search.search(text, first, after);
    }

    @Query("changes")
    @Description("Facts the caller may see that changed after `since`, oldest change first: lets an app sync only what changed.")
    public @NonNull FactConnection changes(@NonNull @Description("The instant of the last sync.") OffsetDateTime since,
            @DefaultValue("100") @Description("How many facts (at most 100).") Integer first,
            @Description("A cursor from a previous page.") String after) {
        return search.changes(since, first, after);
    }

    @Mutation("addCitation")
    @Description("editor, chief: on a draft directly; on a published fact it is recorded in the history")
    public @NonNull Fact addCitation(@NonNull @Id @Description("The fact.") String factId,
            @NonNull @Description("The citation.") CitationInput input) {
        return citations.addCitation(factId, input);
    }

    @Mutation("addDispute")
    @Description("editor, chief: marks the fact DISPUTED and records who disputes it")
    public @NonNull Fact addDispute(@NonNull @Id @Description("The fact.") String factId,
            @NonNull @Description("Who disputes it and what they said.") DisputeInput input) {
        return disputes.addDispute(factId, input);
    }

    @Mutation("publishFact")
    @Description("chief: DRAFT -> PUBLISHED; needs at least one citation")
    public @NonNull Fact publishFact(@NonNull @Id @Description("The fact.") String id,
            @NonNull @Description("The version the chief reviewed.") Integer expectedVersion) {
        return publishing.publish(id, expectedVersion);
    }

    @Mutation("retractFact")
    @Description("chief: PUBLISHED -> RETRACTED; the reason becomes a public correction note")
    public @NonNull Fact retractFact(@NonNull @Id @Description("The fact.") String id,
            @NonNull @Description("The version the chief reviewed.") Integer expectedVersion,
            @NonNull @Description("Why it is withdrawn; printed as the correction note.") String reason) {
        return publishing.retract(id, expectedVersion, reason);
    }

    @Description("Public correction notes, newest first.")
    public @NonNull List<@NonNull List<@NonNull CorrectionNote>> corrections(@Source List<Fact> facts) {
        Map<Long, List<CorrectionNote>> byFact = publishing.notesOf(ids(facts));
        return facts.stream().map(f -> byFact.get(f.factId())).toList();
    }

    @Description("Where the fact was stated, in the order the citations were added.")
    public @NonNull List<@NonNull List<@NonNull Citation>> citations(@Source List<Fact> facts) {
        Map<Long, List<Citation>> byFact = citations.readCitations(ids(facts));
        return facts.stream().map(f -> byFact.get(f.factId())).toList();
    }

    @Description("Ready to print: 'according to the National Intelligence Service, as reported by The Wall Street Journal'.")
    public @NonNull List<@NonNull String> attribution(@Source List<Fact> facts) {
        Map<Long, List<Citation>> byFact = citations.readCitations(ids(facts));
        return facts.stream().map(f -> FactCitations.attribution(byFact.get(f.factId()))).toList();
    }

    @Description("Named sources contesting the fact.")
    public @NonNull List<@NonNull List<@NonNull Dispute>> disputes(@Source List<Fact> facts) {
        Map<Long, List<Dispute>> byFact = disputes.disputesOf(ids(facts));
        return facts.stream().map(f -> byFact.get(f.factId())).toList();
    }

    @Description("How many facts match, over all pages.")
    public @NonNull List<@NonNull Integer> totalCount(@Source List<FactConnection> connections) {
        return connections.stream().map(FactConnection::count).toList();
    }

    private static List<Long> ids(List<Fact> facts) {
        return facts.stream().map(Fact::factId).distinct().toList();
    }
}
