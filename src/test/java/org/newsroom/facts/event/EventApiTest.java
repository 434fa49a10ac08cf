package org.newsroom.facts.event;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;

import io.quarkus.test.junit.QuarkusTest;

/** Events through HTTP: the story's incursion, filters, and the rules of their inputs. */
@QuarkusTest
class EventApiTest {

    static final String CREATE = "mutation($input: EventInput!) { createEvent(input: $input) { id summary casualties { text words } } }";
    static final String COUNT_DRAFTS = "{ events(filter: { status: DRAFT }, first: 1) { totalCount } }";

    static Map<String, Object> input(String title) {
        Map<String, Object> in = new HashMap<>();
        in.put("kind", "ATTACK");
        in.put("title", title);
        in.put("period", Map.of("start", "2025-03-01", "end", "2025-03-31", "precision", "DAY"));
        in.put("countries", List.of("UA"));
        in.put("actorIds", List.of(Inputs.sourceId("Ukraine's government")));
        in.put("citations", List.of(Map.of("sourceId", Inputs.sourceId("The demo story"))));
        return in;
    }

    static int drafts() {
        return GraphQL.editor().send(COUNT_DRAFTS).body("errors", nullValue()).extract().path("data.events.totalCount");
    }

    @Test
    void readersSeeTheAugustIncursionWithTheTroopsThatFollowed() {
        GraphQL.reader().send("""
                { events(filter: { kind: INCURSION, country: "ua" }) { totalCount nodes {
                    summary kind title modality period { start precision text } countries { code } places { name }
                    actors { name } casualties { value text words }
                    related { __typename summary ... on Deployment { personnel headcount { value } } } } } }
                """)
                .body("errors", nullValue())
                .body("data.events.totalCount", equalTo(1))
                .body("data.events.nodes[0].summary", equalTo("Ukrainian incursion into Kursk Oblast (August 2024)."))
                .body("data.events.nodes[0].kind", equalTo("INCURSION"))
                .body("data.events.nodes[0].period.precision", equalTo("MONTH"))
                .body("data.events.nodes[0].countries.code", contains("UA", "RU"))
                .body("data.events.nodes[0].places.name", contains("Kursk Oblast"))
                .body("data.events.nodes[0].actors.name", contains("Ukraine's government"))
                .body("data.events.nodes[0].casualties.text", equalTo("significant losses"))
                .body("data.events.nodes[0].casualties.words", equalTo("significant losses"))
                .body("data.events.nodes[0].casualties.value", nullValue())
                .body("data.events.nodes[0].related.__typename", contains("Deployment", "Deployment"))
                .body("data.events.nodes[0].related.headcount.value", containsInAnyOrder(12000.0f, 3000.0f));
    }

    @Test
    void eventsFilterByPeriodAndCountry() {
        GraphQL.reader().send("{ a: events(filter: { from: \"2024-08-15\", to: \"2024-08-20\" }) { totalCount }"
                + " b: events(filter: { from: \"2025-01-01\" }) { totalCount }"
                + " c: country(code: \"RU\") { events { totalCount nodes { title } } }"
                + " d: country(code: \"FR\") { events { totalCount } } }")
                .body("errors", nullValue())
                .body("data.a.totalCount", equalTo(1))
                .body("data.b.totalCount", equalTo(0))
                .body("data.c.events.nodes.title", contains("Ukrainian incursion into Kursk Oblast"))
                .body("data.d.events.totalCount", equalTo(0));
        GraphQL.reader().send("{ events(filter: { from: \"2025-01-01\", to: \"2024-01-01\" }) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("filter.to"));
    }

    @Test
    void titlesAreNeverBlankAndPeriodsRunForward() {
        GraphQL.editor().send(CREATE, "input", input(" "))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.title"));
        Map<String, Object> backwards = input("Drone strike on a power plant");
        backwards.put("period", Map.of("start", "2025-03-31", "end", "2025-03-01", "precision", "DAY"));
        GraphQL.editor().send(CREATE, "input", backwards)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.period.end"));
        Map<String, Object> noStart = input("Drone strike on a power plant");
        noStart.put("period", Map.of("end", "2025-03-01", "precision", "DAY"));
        GraphQL.editor().send(CREATE, "input", noStart)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.period.start"));
    }

    @Test
    void actorsAndRelatedFactsMustExistAndAFailedEventWritesNothing() {
        int before = drafts();
        Map<String, Object> actor = input("Drone strike on a power plant");
        actor.put("actorIds", List.of(Inputs.sourceId("Ukraine's government"), "777777"));
        GraphQL.editor().send(CREATE, "input", actor)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.field", equalTo("input.actorIds[1]"));
        Map<String, Object> related = input("Drone strike on a power plant");
        related.put("relatedFactIds", List.of("666666"));
        GraphQL.editor().send(CREATE, "input", related)
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.field", equalTo("input.relatedFactIds[0]"));
        Assertions.assertEquals(before, drafts(), "a refused event writes nothing");
        Map<String, Object> losses = input("Drone strike on a power plant");
        losses.put("casualties", Map.of("value", 3, "approximation", "AT_LEAST", "unit", "people"));
        GraphQL.editor().send(CREATE, "input", losses)
                .body("errors", nullValue())
                .body("data.createEvent.summary", equalTo("Drone strike on a power plant (1–31 March 2025)."))
                .body("data.createEvent.casualties.text", equalTo("at least 3 people"));
        Assertions.assertEquals(before + 1, drafts(), "positive control: a valid event is written");
    }

    @Test
    void anAllegedEventSaysSo() {
        Map<String, Object> in = input("Renewed Ukrainian incursion into Kursk Oblast");
        in.put("modality", "ALLEGED");
        GraphQL.editor().send(CREATE, "input", in)
                .body("errors", nullValue())
                .body("data.createEvent.summary", equalTo("Alleged: Renewed Ukrainian incursion into Kursk Oblast (1–31 March 2025)."));
    }
}
