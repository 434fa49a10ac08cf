package org.newsroom.facts.claim;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;
import org.newsroom.facts.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** Claims through HTTP: the story's claims, filters, the rules of their inputs, and their workflow with the verdict. */
@QuarkusTest
class ClaimApiTest {

    static final String CREATE = "mutation($input: ClaimInput!) { createClaim(input: $input) { id version status summary modality "
            + "review { rating label reviewedBy } claimReviewJsonLd } }";
    static final String PUBLISH = "mutation($id: ID!, $v: Int!) { publishFact(id: $id, expectedVersion: $v) { version status "
            + "... on Claim { review { rating reviewedBy reviewedOn } claimReviewJsonLd } } }";
    static final String COUNT_DRAFTS = "{ claims(filter: { status: DRAFT }, first: 1) { totalCount } }";
    static final GraphQL OTHER_CHIEF = GraphQL.as(Tokens.chief("chris"));

    static Map<String, Object> input(String statement) {
        Map<String, Object> in = new HashMap<>();
        in.put("claimantId", Inputs.sourceId("The Kremlin"));
        in.put("statement", statement);
        in.put("claimedOn", Map.of("start", "2025-04-01", "precision", "MONTH"));
        in.put("countries", List.of("RU", "by"));
        in.put("citations", List.of(Map.of("sourceId", Inputs.sourceId("The Kremlin"))));
        return in;
    }

    static int drafts() {
        return GraphQL.editor().send(COUNT_DRAFTS).body("errors", nullValue()).extract().path("data.claims.totalCount");
    }

    @Test
    void readersSeeTheKremlinsClaimWithTheNewsroomsVerdict() {
        GraphQL.reader().send("""
                { claims(filter: { reviewed: true, country: "ukr", rating: UNPROVEN }) { totalCount nodes {
                    summary statement modality verification status claimant { name } claimedOn { start precision text }
                    countries { code } places { name } appearances { outlet { name } first }
                    review { rating label ratingValue bestRating worstRating explanation }
                    disputes { source { name } } attribution claimReviewJsonLd } } }
                """)
                .body("errors", nullValue())
                .body("data.claims.totalCount", equalTo(1))
                .body("data.claims.nodes[0].summary",
                        equalTo("The Kremlin claimed that it had fully expelled Ukrainian forces from Kursk Oblast (April 2025)."))
                .body("data.claims.nodes[0].statement", equalTo("it had fully expelled Ukrainian forces from Kursk Oblast"))
                .body("data.claims.nodes[0].modality", equalTo("ALLEGED"))
                .body("data.claims.nodes[0].verification", equalTo("DISPUTED"))
                .body("data.claims.nodes[0].claimant.name", equalTo("The Kremlin"))
                .body("data.claims.nodes[0].claimedOn.precision", equalTo("MONTH"))
                .body("data.claims.nodes[0].claimedOn.text", equalTo("April 2025"))
                .body("data.claims.nodes[0].countries.code", contains("RU", "UA"))
                .body("data.claims.nodes[0].places.name", contains("Kursk Oblast"))
                .body("data.claims.nodes[0].appearances[0].outlet.name", equalTo("The Kremlin"))
                .body("data.claims.nodes[0].appearances[0].first", equalTo(true))
                .body("data.claims.nodes[0].review.rating", equalTo("UNPROVEN"))
                .body("data.claims.nodes[0].review.label", equalTo("Unproven"))
                .body("data.claims.nodes[0].review.ratingValue", nullValue())
                .body("data.claims.nodes[0].review.bestRating", equalTo(5))
                .body("data.claims.nodes[0].review.worstRating", equalTo(1))
                .body("data.claims.nodes[0].disputes.source.name", contains("Ukraine's government"))
                .body("data.claims.nodes[0].claimReviewJsonLd", notNullValue());
    }

    @Test
    void theBloggersAllegationWaitsForAVerdictAndPrintsNoMarkup() {
        GraphQL.reader().send("""
                { claims(filter: { reviewed: false }) { nodes { summary modality review { rating } claimReviewJsonLd claimant { name } } } }
                """)
                .body("errors", nullValue())
                .body("data.claims.nodes.claimant.name", hasItem("Pro-Russian military bloggers"))
                .body("data.claims.nodes.claimant.name", not(hasItem("The Kremlin")))
                .body("data.claims.nodes.find { it.claimant.name == 'Pro-Russian military bloggers' }.summary",
                        equalTo("Pro-Russian military bloggers claimed that Ukrainian forces had launched a renewed incursion into Kursk Oblast (May 2025)."))
                .body("data.claims.nodes.find { it.claimant.name == 'Pro-Russian military bloggers' }.modality", equalTo("ALLEGED"))
                .body("data.claims.nodes.find { it.claimant.name == 'Pro-Russian military bloggers' }.claimReviewJsonLd", nullValue());
    }

    @Test
    void theUnSecurityCouncilStatementIsTheOutletsNotTheAgencys() {
        GraphQL.reader().send("{ search(text: \"security council\") { nodes { __typename ... on Claim { claimant { name } modality attribution } } } }")
                .body("errors", nullValue())
                .body("data.search.nodes[0].__typename", equalTo("Claim"))
                .body("data.search.nodes[0].claimant.name", equalTo("The demo story"))
                .body("data.search.nodes[0].attribution", equalTo("according to The demo story"));
        // the workers' deployment, which cites the intelligence agency, no longer carries the sentence
        GraphQL.reader().send("{ deployments(filter: { personnel: WORKERS, origin: \"KP\" }) { nodes { notes } } }")
                .body("data.deployments.nodes[0].notes", not(org.hamcrest.Matchers.containsString("Security Council")));
    }

    @Test
    void countriesListTheirClaimsAndFiltersNarrowThem() {
        String kremlin = Inputs.sourceId("The Kremlin");
        GraphQL.reader().send("{ a: country(code: \"UA\") { claims { totalCount nodes { claimant { name } } } }"
                + " b: country(code: \"KP\") { claims { totalCount nodes { claimant { name } } } }"
                + " c: country(code: \"FR\") { claims { totalCount } } }")
                .body("errors", nullValue())
                .body("data.a.claims.totalCount", equalTo(2))
                .body("data.b.claims.nodes.claimant.name", contains("The demo story"))
                .body("data.c.claims.totalCount", equalTo(0));
        GraphQL.reader().send("query($k: ID!) { claims(filter: { claimant: $k, rating: UNPROVEN }) { totalCount } "
                + "none: claims(filter: { claimant: $k, rating: TRUE }) { totalCount } }", "k", kremlin)
                .body("data.claims.totalCount", equalTo(1))
                .body("data.none.totalCount", equalTo(0));
        GraphQL.reader().send("{ claims(filter: { country: \"xx\" }) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("filter.country"));
    }

    @Test
    void claimsAreFactsForLookupSearchAndTheSyncFeed() {
        String id = GraphQL.reader().send("{ claims(filter: { rating: UNPROVEN }) { nodes { id } } }").extract().path("data.claims.nodes[0].id");
        GraphQL.reader().send("query($id: ID!) { fact(id: $id) { __typename summary } claim(id: $id) { id } event(id: $id) { id } }", "id", id)
                .body("data.fact.__typename", equalTo("Claim"))
                .body("data.claim.id", equalTo(id))
                .body("data.event", nullValue());
        GraphQL.reader().send("{ search(text: \"expelled\") { nodes { __typename } } }")
                .body("data.search.nodes.__typename", hasItem("Claim"));
        GraphQL.reader().send("{ changes(since: \"2000-01-01T00:00:00Z\") { nodes { __typename } } }")
                .body("data.changes.nodes.__typename", hasItem("Claim"))
                .body("data.changes.nodes.__typename", hasItem("Event"));
    }

    @Test
    void theClaimantAndOutletsMustExist() {
        int before = drafts();
        Map<String, Object> in = input("it never happened");
        in.put("claimantId", "999999");
        GraphQL.editor().send(CREATE, "input", in)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.field", equalTo("input.claimantId"));
        Map<String, Object> outlet = input("it never happened");
        outlet.put("appearances", List.of(Map.of("outletId", Inputs.sourceId("The Kremlin")), Map.of("outletId", "888888")));
        GraphQL.editor().send(CREATE, "input", outlet)
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.field", equalTo("input.appearances[1].outletId"));
        org.junit.jupiter.api.Assertions.assertEquals(before, drafts(), "a refused claim writes nothing");
        GraphQL.editor().send(CREATE, "input", input("it never happened")).body("errors", nullValue());
        org.junit.jupiter.api.Assertions.assertEquals(before + 1, drafts(), "positive control: a valid claim is written");
    }

    @Test
    void statementsAreNeverBlankAndAppearancesAreWebPages() {
        Map<String, Object> blank = input("  ");
        GraphQL.editor().send(CREATE, "input", blank)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.statement"));
        Map<String, Object> ftp = input("it never happened");
        ftp.put("appearances", List.of(Map.of("url", "ftp://kremlin.example/statement")));
        GraphQL.editor().send(CREATE, "input", ftp)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.appearances[0].url"));
        String id = GraphQL.editor().send(CREATE, "input", input("it never happened")).extract().path("data.createClaim.id");
        GraphQL.editor().send("mutation($id: ID!) { updateClaim(id: $id, expectedVersion: 1, input: { statement: \" \" }) { id } }", "id", id)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.statement"));
        Map<String, Object> place = input("it never happened");
        place.put("countries", List.of("UA"));
        String kursk = GraphQL.reader().send("{ country(code: \"RU\") { places { id name } } }")
                .extract().path("data.country.places.find { it.name == 'Kursk Oblast' }.id");
        place.put("placeIds", List.of(kursk));
        GraphQL.editor().send(CREATE, "input", place)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.placeIds[0]"));
    }

    @Test
    void aRatingNeedsItsExplanation() {
        Map<String, Object> in = input("it never happened");
        in.put("review", Map.of("rating", "FALSE", "explanation", " "));
        GraphQL.editor().send(CREATE, "input", in)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.review.explanation"));
        in.put("review", Map.of("rating", "FALSE"));
        GraphQL.editor().send(CREATE, "input", in).body("errors[0].extensions.code", notNullValue()).body("data", nullValue());
    }

    @Test
    void aVerdictIsPublishedByTheChiefAndChangedOnlyByAReviewedCorrection() {
        Map<String, Object> in = input("it had taken back every village in the region");
        in.put("review", Map.of("rating", "MOSTLY_FALSE", "explanation", "Ukrainian units were still reported in two villages."));
        String id = GraphQL.editor().send(CREATE, "input", in)
                .body("errors", nullValue())
                .body("data.createClaim.status", equalTo("DRAFT"))
                .body("data.createClaim.review.reviewedBy", equalTo("erin"))
                .body("data.createClaim.claimReviewJsonLd", nullValue())
                .extract().path("data.createClaim.id");
        GraphQL.chief().send(PUBLISH, "id", id, "v", 1)
                .body("errors", nullValue())
                .body("data.publishFact.review.reviewedBy", equalTo("carla"))
                .body("data.publishFact.claimReviewJsonLd", notNullValue());
        GraphQL.editor().send("mutation($id: ID!) { updateClaim(id: $id, expectedVersion: 2, input: { review: { rating: FALSE, explanation: \"x\" } }) { id } }", "id", id)
                .body("errors[0].extensions.code", equalTo("INVALID_STATE"));
        Map<String, Object> correction = new HashMap<>();
        correction.put("factId", id);
        correction.put("reason", "Satellite images show the villages retaken");
        correction.put("publicNote", "This fact-check first rated the claim mostly false; new evidence shows it is true.");
        correction.put("claim", Map.of("review", Map.of("rating", "TRUE", "explanation", "Satellite images show the villages retaken.")));
        String correctionId = GraphQL.editor().send("mutation($in: CorrectionInput!) { submitCorrection(input: $in) { id status } }", "in", correction)
                .body("errors", nullValue()).extract().path("data.submitCorrection.id");
        GraphQL.reader().send("query($id: ID!) { claim(id: $id) { review { rating } } }", "id", id)
                .body("data.claim.review.rating", equalTo("MOSTLY_FALSE"));
        OTHER_CHIEF.send("mutation($id: ID!) { reviewCorrection(id: $id, decision: APPROVE) { status } }", "id", correctionId)
                .body("errors", nullValue()).body("data.reviewCorrection.status", equalTo("APPROVED"));
        GraphQL.reader().send("query($id: ID!) { claim(id: $id) { version review { rating label ratingValue reviewedBy } corrections { text } } }", "id", id)
                .body("data.claim.review.rating", equalTo("TRUE"))
                .body("data.claim.review.ratingValue", equalTo(5))
                .body("data.claim.review.reviewedBy", equalTo("chris"))
                .body("data.claim.corrections.text", contains("This fact-check first rated the claim mostly false; new evidence shows it is true."));
        GraphQL.editor().send("query($id: ID!) { fact(id: $id) { history { action changes { field from to } } } }", "id", id)
                .body("data.fact.history.action", contains("CREATED", "PUBLISHED", "CORRECTED"))
                .body("data.fact.history[2].changes.find { it.field == 'review.rating' }.from", equalTo("MOSTLY_FALSE"))
                .body("data.fact.history[2].changes.find { it.field == 'review.rating' }.to", equalTo("TRUE"));
    }

    @Test
    void aCorrectionOfAClaimCarriesAClaimPatch() {
        String id = GraphQL.editor().send(CREATE, "input", input("it had won")).extract().path("data.createClaim.id");
        GraphQL.chief().send(PUBLISH, "id", id, "v", 1).body("errors", nullValue());
        Map<String, Object> correction = new HashMap<>();
        correction.put("factId", id);
        correction.put("reason", "r");
        correction.put("publicNote", "n");
        correction.put("deployment", Map.of("personnel", "TROOPS"));
        GraphQL.editor().send("mutation($in: CorrectionInput!) { submitCorrection(input: $in) { id } }", "in", correction)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.deployment"));
    }
}
