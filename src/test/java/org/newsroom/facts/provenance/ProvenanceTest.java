package org.newsroom.facts.provenance;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Provenance that survives edits: sources are audited, a rename is recorded on every published fact that prints the
 * source (revision, changes, a new version) and can be tried first; citations keep an archived copy and the chain of
 * who passed a statement on; a source lists the published facts that cite it.
 */
@QuarkusTest
class ProvenanceTest {

    static final String CREATE_SOURCE = "mutation($in: SourceInput!) { createSource(input: $in) { id version } }";
    static final String UPDATE_SOURCE = "mutation($id: ID!, $v: Int!, $in: SourceInput!) { updateSource(id: $id, expectedVersion: $v, input: $in) { version name } }";
    static final String PUBLISH = "mutation($id: ID!, $v: Int!) { publishFact(id: $id, expectedVersion: $v) { version } }";

    static String source(String name) {
        return GraphQL.editor().send(CREATE_SOURCE, "in", Map.of("name", name, "kind", "NEWS_AGENCY")).body("errors", nullValue())
                .extract().path("data.createSource.id");
    }

    static String factCiting(String sourceId, String origin, boolean publish) {
        Map<String, Object> in = Inputs.deployment(origin, "RU");
        in.put("citations", List.of(Map.of("sourceId", sourceId)));
        String id = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", in).body("errors", nullValue())
                .extract().path("data.createDeployment.id");
        if (publish) {
            GraphQL.chief().send(PUBLISH, "id", id, "v", 1).body("errors", nullValue());
        }
        return id;
    }

    @Test
    void sourcesHaveAHistoryForEditorsOnly() {
        String id = source("Agence Exemple");
        GraphQL.editor().send(UPDATE_SOURCE, "id", id, "v", 1, "in", Map.of("name", "Agence Exemple", "kind", "NEWS_AGENCY",
                "url", "https://agence.example")).body("errors", nullValue());
        GraphQL.editor().send(UPDATE_SOURCE, "id", id, "v", 2, "in", Map.of("name", "Exemple Press", "kind", "NEWS_AGENCY",
                "url", "https://agence.example")).body("errors", nullValue());
        GraphQL.editor().send("query($id: ID!) { source(id: $id) { history { number action by changes { field from to } } } }", "id", id)
                .body("errors", nullValue())
                .body("data.source.history.number", contains(1, 2, 3))
                .body("data.source.history.action", contains("CREATED", "EDITED", "EDITED"))
                .body("data.source.history[1].changes.field", contains("url"))
                .body("data.source.history[2].changes[0].field", equalTo("name"))
                .body("data.source.history[2].changes[0].from", equalTo("Agence Exemple"))
                .body("data.source.history[2].changes[0].to", equalTo("Exemple Press"));
        GraphQL.reader().send("query($id: ID!) { source(id: $id) { history { number } } }", "id", id)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void aRenameIsRecordedOnEveryPublishedFactThatPrintsTheSource() {
        String source = source("Pyongyang Monitor");
        String published = factCiting(source, "TJ", true);
        String draft = factCiting(source, "KG", false);
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        // the dry run: only a new name changes what facts print
        GraphQL.editor().send("query($id: ID!, $in: SourceInput!) { sourceChangeImpact(id: $id, input: $in) { id } }", "id", source,
                "in", Map.of("name", "Pyongyang Monitor", "kind", "NEWS_AGENCY", "description", "A monitoring service"))
                .body("errors", nullValue()).body("data.sourceChangeImpact", empty());
        GraphQL.editor().send("query($id: ID!, $in: SourceInput!) { sourceChangeImpact(id: $id, input: $in) { id } }", "id", source,
                "in", Map.of("name", "NK Monitor", "kind", "NEWS_AGENCY"))
                .body("errors", nullValue()).body("data.sourceChangeImpact.id", contains(published));
        GraphQL.reader().send("query($id: ID!, $in: SourceInput!) { sourceChangeImpact(id: $id, input: $in) { id } }", "id", source,
                "in", Map.of("name", "NK Monitor", "kind", "NEWS_AGENCY")).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        GraphQL.reader().send("query($id: ID!) { fact(id: $id) { version } }", "id", published).body("data.fact.version", equalTo(2));

        GraphQL.editor().send(UPDATE_SOURCE, "id", source, "v", 1, "in", Map.of("name", "NK Monitor", "kind", "NEWS_AGENCY"))
                .body("errors", nullValue());
        GraphQL.editor().send("query($id: ID!) { fact(id: $id) { version attribution history { action note } } }", "id", published)
                .body("data.fact.version", equalTo(3))
                .body("data.fact.attribution", equalTo("according to NK Monitor"))
                .body("data.fact.history.action", contains("CREATED", "PUBLISHED", "EDITED"))
                .body("data.fact.history[2].note", equalTo("Source renamed from 'Pyongyang Monitor' to 'NK Monitor': the attribution or summary prints the new name"));
        GraphQL.reader().send("query($since: DateTime!) { changes(since: $since) { nodes { id } } }", "since", before.toString())
                .body("data.changes.nodes.id", hasItem(published));
        // positive control of "only published facts": the draft keeps its version
        GraphQL.editor().send("query($id: ID!) { fact(id: $id) { version attribution } }", "id", draft)
                .body("data.fact.version", equalTo(1))
                .body("data.fact.attribution", equalTo("according to NK Monitor"));
    }

    @Test
    void aClaimantsRenameReachesTheClaimsSummary() {
        String source = source("Ministry of Truth");
        String claim = GraphQL.editor().send("mutation($in: ClaimInput!) { createClaim(input: $in) { id } }", "in", Map.of(
                "claimantId", source, "statement", "the harvest was the best in history", "countries", List.of("KP"),
                "citations", List.of(Map.of("sourceId", source)))).body("errors", nullValue()).extract().path("data.createClaim.id");
        GraphQL.chief().send(PUBLISH, "id", claim, "v", 1).body("errors", nullValue());
        GraphQL.editor().send(UPDATE_SOURCE, "id", source, "v", 1, "in", Map.of("name", "Ministry of Agriculture", "kind", "MINISTRY"))
                .body("errors", nullValue());
        GraphQL.reader().send("query($id: ID!) { claim(id: $id) { version summary } }", "id", claim)
                .body("data.claim.version", equalTo(3))
                .body("data.claim.summary", equalTo("Ministry of Agriculture claimed that the harvest was the best in history."));
    }

    @Test
    void citationsKeepTheChainAndAnArchivedCopy() {
        GraphQL.reader().send("{ deployments(filter: { origin: \"KP\", destination: \"RU\", personnel: WORKERS }) { nodes { attribution citations { chain { name } } } } }")
                .body("data.deployments.nodes[0].attribution",
                        equalTo("according to South Korea's National Intelligence Service, via South Korean lawmakers, as reported by The Wall Street Journal"))
                .body("data.deployments.nodes[0].citations[0].chain.name", contains("South Korean lawmakers"));
        String wire = source("Seoul Wire");
        String id = factCiting(wire, "UZ", false);
        String add = "mutation($id: ID!, $in: CitationInput!) { addCitation(factId: $id, input: $in) { citations { archiveUrl chain { name } } attribution } }";
        String lawmakers = Inputs.sourceId("South Korean lawmakers");
        GraphQL.editor().send(add, "id", id, "in", Map.of("sourceId", wire, "archiveUrl", "ftp://archive.example/1"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.archiveUrl"));
        GraphQL.editor().send(add, "id", id, "in", Map.of("sourceId", wire, "chainSourceIds", List.of(lawmakers, "999999")))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.field", equalTo("input.chainSourceIds[1]"));
        GraphQL.editor().send("query($id: ID!) { fact(id: $id) { version } }", "id", id).body("data.fact.version", equalTo(1));
        GraphQL.editor().send(add, "id", id, "in", Map.of("sourceId", Inputs.sourceId("Intelligence Service"), "chainSourceIds", List.of(lawmakers),
                "viaSourceId", wire, "archiveUrl", "https://web.archive.org/web/2025/https://wire.example/1"))
                .body("errors", nullValue())
                .body("data.addCitation.citations[1].archiveUrl", equalTo("https://web.archive.org/web/2025/https://wire.example/1"))
                .body("data.addCitation.attribution", equalTo("according to Seoul Wire and South Korea's National Intelligence Service, "
                        + "via South Korean lawmakers, as reported by Seoul Wire"));
    }

    @Test
    void aSourceListsThePublishedFactsThatCiteIt() {
        String source = source("Tashkent Times");
        String older = factCiting(source, "AZ", true);
        String draft = factCiting(source, "AM", false);
        String viaOnly = factCiting(Inputs.sourceId("The Wall Street Journal"), "GE", false);
        GraphQL.editor().send("mutation($id: ID!, $in: CitationInput!) { addCitation(factId: $id, input: $in) { version } }", "id", viaOnly,
                "in", Map.of("sourceId", Inputs.sourceId("Intelligence Service"), "viaSourceId", source)).body("errors", nullValue());
        GraphQL.chief().send(PUBLISH, "id", viaOnly, "v", 2).body("errors", nullValue());
        GraphQL.reader().send("query($id: ID!) { source(id: $id) { facts { totalCount nodes { id } } } }", "id", source)
                .body("errors", nullValue())
                .body("data.source.facts.totalCount", equalTo(2))
                .body("data.source.facts.nodes.id", org.hamcrest.Matchers.containsInAnyOrder(older, viaOnly))
                .body("data.source.facts.nodes.id", not(hasItem(draft)));
        GraphQL.reader().send("{ sources(search: \"Wall Street\") { nodes { facts(first: 2) { totalCount nodes { __typename } } } } }")
                .body("errors", nullValue())
                .body("data.sources.nodes[0].facts.nodes", org.hamcrest.Matchers.hasSize(2));
    }
}
