package org.newsroom.facts.source;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SourceApiTest {

    private static final String CREATE = """
            mutation($input: SourceInput!) { createSource(input: $input) { id name kind url version country { code } } }
            """;

    @Test
    void readersSearchSourcesByNameAndKind() {
        GraphQL.reader().send("{ sources(search: \"wall street\") { totalCount nodes { name kind country { code } url } } }")
                .body("errors", nullValue())
                .body("data.sources.totalCount", equalTo(1))
                .body("data.sources.nodes[0].name", equalTo("The Wall Street Journal"))
                .body("data.sources.nodes[0].kind", equalTo("NEWS_OUTLET"))
                .body("data.sources.nodes[0].country.code", equalTo("US"));
        GraphQL.reader().send("{ sources(kind: INTELLIGENCE_AGENCY) { nodes { name } } }")
                .body("data.sources.nodes.name", hasItem("South Korea's National Intelligence Service"));
    }

    @Test
    void sourcesPageWithStableCursors() {
        String cursor = GraphQL.reader().send("{ sources(first: 2) { nodes { name } pageInfo { hasNextPage endCursor } } }")
                .body("data.sources.pageInfo.hasNextPage", equalTo(true))
                .extract().path("data.sources.pageInfo.endCursor");
        String second = GraphQL.reader().send("{ sources(first: 2) { nodes { name } } }").extract().path("data.sources.nodes[1].name");
        GraphQL.reader().send("{ sources(first: 1, after: \"" + cursor + "\") { nodes { name } pageInfo { hasPreviousPage } } }")
                .body("data.sources.pageInfo.hasPreviousPage", equalTo(true))
                .body("data.sources.nodes[0].name", org.hamcrest.Matchers.not(equalTo(second)));
        GraphQL.reader().send("{ sources(after: \"Zm9v\") { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("after"));
    }

    @Test
    void editorsCreateAndUpdateSourcesWithVersionChecks() {
        String id = GraphQL.editor().send(CREATE, "input", java.util.Map.of("name", "Yonhap News Agency", "kind", "NEWS_AGENCY",
                "country", "kor", "url", "https://en.yna.co.kr"))
                .body("errors", nullValue())
                .body("data.createSource.version", equalTo(1))
                .body("data.createSource.country.code", equalTo("KR"))
                .extract().path("data.createSource.id");
        String update = "mutation($id: ID!, $v: Int!, $input: SourceInput!) { updateSource(id: $id, expectedVersion: $v, input: $input) { name version updatedAt } }";
        java.util.Map<String, Object> changed = java.util.Map.of("name", "Yonhap", "kind", "NEWS_AGENCY", "country", "KR");
        GraphQL.editor().send(update, "id", id, "v", 1, "input", changed)
                .body("errors", nullValue())
                .body("data.updateSource.name", equalTo("Yonhap"))
                .body("data.updateSource.version", equalTo(2));
        GraphQL.editor().send(update, "id", id, "v", 1, "input", changed)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.field", equalTo("expectedVersion"));
        GraphQL.editor().send(update, "id", "999999", "v", 1, "input", changed)
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.field", equalTo("id"));
        GraphQL.reader().send("{ source(id: \"" + id + "\") { name version } missing: source(id: \"999999\") { name } }")
                .body("data.source.name", equalTo("Yonhap"))
                .body("data.source.version", equalTo(2))
                .body("data.missing", nullValue());
    }

    @Test
    void badSourceInputIsRefusedWithTheFieldPath() {
        GraphQL.editor().send(CREATE, "input", java.util.Map.of("name", "Bad", "kind", "NGO", "url", "not a url"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.url"));
        GraphQL.editor().send(CREATE, "input", java.util.Map.of("name", "Bad", "kind", "NGO", "country", "XYZ"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.country"));
        GraphQL.editor().send(CREATE, "input", java.util.Map.of("name", " ", "kind", "NGO", "url", "ftp://x"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.name"))
                .body("errors[0].extensions.violations.field", contains("input.name", "input.url"));
        GraphQL.reader().send("{ sources(search: \"Bad\") { totalCount } }").body("data.sources.totalCount", equalTo(0));
    }

    @Test
    void onlyEditorsAndChiefsMayEnterSources() {
        java.util.Map<String, Object> input = java.util.Map.of("name", "Anyone", "kind", "OTHER");
        GraphQL.reader().send(CREATE, "input", input)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        GraphQL.as(Tokens.noRole("sam")).send(CREATE, "input", input)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.chief().send(CREATE, "input", java.util.Map.of("name", "Chief's source", "kind", "OTHER"))
                .body("errors", nullValue())
                .body("data.createSource.id", notNullValue());
    }
}
