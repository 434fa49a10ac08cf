package org.newsroom.facts.fact;

import org.newsroom.facts.shared.PageInfo;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.newsroom.facts.shared.Batches;
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

    @Inject
    FactProvenance provenance;

    @Inject
    FactPaging paging;


    @Query("fact")
    @Description("A fact of any kind by id; null when there is none or the caller may not see it.")
    public Fact fact(@NonNull @Id @Description("The fact's id.") String id) {
        return access.find(id);
    }

    @Query("search")
    @Description("Full-text search over the facts the caller may see (summary, notes, indicator, places, sources), best match first.")
    public @NonNull FactConnection search(@NonNull @Description("Words to look for; every word must match.") String text,
            @DefaultValue("20") @Description("How many facts (at most 100).") Integer first,
            @Description(PageInfo.AFTER) String after) {
        return search.search(text, first, after);
    }

    @Query("drafts")
    @Description("editor, chief: the drafts of every kind, the most recently changed first (what waits for a chief to publish it).")
    public @NonNull FactConnection drafts(@DefaultValue("20") @Description("How many (at most 100).") Integer first,
            @Description(PageInfo.AFTER) String after) {
        return search.drafts(first, after);
    }

    @Query("changes")
    @Description("Facts the caller may see that changed after `since`, oldest change first: lets an app sync only what changed.")
    public @NonNull FactConnection changes(@NonNull @Description("The instant of the last sync.") OffsetDateTime since,
            @DefaultValue("100") @Description("How many facts (at most 100).") Integer first,
            @Description(PageInfo.AFTER) String after) {
        return search.changes(since, first, after);
    }

    @Query("sourceChangeImpact")
    @Description("editor, chief: the dry run of updateSource — the published facts whose attribution or summary the change would alter (each then gets a revision, an entry in changes and a factChanged event).")
    public @NonNull List<@NonNull Fact> sourceChangeImpact(@NonNull @Id @Description("The source.") String id,
            @NonNull @Description("The change, as it would be given to updateSource.") org.newsroom.facts.source.SourceInput input) {
        return provenance.affectedBySourceChange(id, input);
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

    @Mutation("retractFact")
    @Description("chief: PUBLISHED -> RETRACTED; the reason becomes a public correction note")
    public @NonNull Fact retractFact(@NonNull @Id @Description("The fact.") String id,
            @NonNull @Description("The version the chief reviewed.") Integer expectedVersion,
            @NonNull @Description("Why it is withdrawn; printed as the correction note.") String reason) {
        return publishing.retract(id, expectedVersion, reason);
    }

    @Description("Public correction notes, newest first.")
    public @NonNull List<@NonNull List<@NonNull CorrectionNote>> corrections(@Source List<Fact> facts) {
        return Batches.inOrder(facts, Fact::factId, publishing::notesOf);
    }

    @Description("Where the fact was stated, in the order the citations were added.")
    public @NonNull List<@NonNull List<@NonNull Citation>> citations(@Source List<Fact> facts) {
        Map<Long, List<Citation>> byFact = citations.readCitations(facts);
        return facts.stream().map(f -> byFact.get(f.factId())).toList();
    }

    @Description("Ready to print: 'according to the National Intelligence Service, as reported by The Wall Street Journal'.")
    public @NonNull List<@NonNull String> attribution(@Source List<Fact> facts) {
        Map<Long, List<Citation>> byFact = citations.readCitations(facts);
        return facts.stream().map(f -> FactCitations.attribution(byFact.get(f.factId()))).toList();
    }

    @Description("Named sources contesting the fact.")
    public @NonNull List<@NonNull List<@NonNull Dispute>> disputes(@Source List<Fact> facts) {
        return Batches.inOrder(facts, Fact::factId, disputes::disputesOf);
    }

    @Description("How many facts match, over all pages.")
    public @NonNull List<@NonNull Integer> totalCount(@Source List<FactConnection> connections) {
        List<FactPage> keys = connections.stream().map(FactConnection::countKey).filter(java.util.Objects::nonNull).toList();
        java.util.Iterator<Integer> counted = keys.isEmpty() ? java.util.Collections.emptyIterator() : paging.count(keys).iterator();
        return connections.stream().map(c -> c.countKey() != null ? counted.next() : c.count()).toList();
    }

    @Description("Published facts that cite this source (as source, via or in a chain), newest first.")
    public @NonNull List<@NonNull FactConnection> facts(@Source List<org.newsroom.facts.source.Source> sources,
            @org.eclipse.microprofile.graphql.DefaultValue("20") @Description("How many (at most 100).") Integer first,
            @Description(PageInfo.AFTER) String after) {
        return org.newsroom.facts.shared.Batches.inOrder(sources, org.newsroom.facts.source.Source::id,
                ids -> citations.publishedCiting(ids, first, after));
    }

    private static List<Long> ids(List<Fact> facts) {
        return facts.stream().map(Fact::factId).distinct().toList();
    }
}
