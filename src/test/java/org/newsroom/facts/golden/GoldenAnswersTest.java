package org.newsroom.facts.golden;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsroom.facts.support.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Golden answers: representative reader and editor queries, on the demo story and on generated data
 * ({@code bench/generate.sql}, 3,000 facts), compared field by field with the answers recorded from the
 * implementation before the lean read path (src/test/resources/golden). A fresh database (its own profile), so
 * ids are the same on every run; instants written during the run (the demo loader's) compare as "written during
 * the run". Record again with {@code GOLDEN_RECORD=true ./mvnw verify -Dtest=GoldenAnswersTest} — only when an
 * answer is meant to change.
 */
@QuarkusTest
@TestProfile(GoldenAnswersTest.Golden.class)
class GoldenAnswersTest {

    /** A fresh database of its own: the demo story, then the generated facts. */
    public static class Golden implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsroom.delivery.cache.enabled", "false");
        }
    }

    private static final Path DIR = Path.of("src/test/resources/golden");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)");
    private static final OffsetDateTime RUN_STARTED = OffsetDateTime.now().minusDays(1);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    private static final String QUANTITY = "{ value low high approximation unit text }";
    private static final String PERIOD = "{ start end precision text }";
    private static final String SOURCE = "{ id name kind url description version country { code } }";
    private static final String CITATIONS = "citations { id title url publishedOn accessedOn quote source " + SOURCE + " via " + SOURCE + " }";
    private static final String FACT = "id summary status verification version attribution " + CITATIONS
            + " disputes { statement on source { id name } } corrections { text }";
    private static final String DEPLOYMENT = FACT + " origin { code alpha3 name } destination { code name(lang: \"ko\") } personnel headcount "
            + QUANTITY + " period " + PERIOD + " reportedOn notes places { id name kind code country { code } }";
    private static final String STATISTIC = FACT + " country { code name } place { id name } indicator measure value " + QUANTITY
            + " period " + PERIOD + " baseline " + PERIOD + " notes";
    private static final String PAGE = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";
    private static final String ANY_FACT = "__typename ... on Deployment { " + DEPLOYMENT + " } ... on Statistic { " + STATISTIC.replace(" period ", " statisticPeriod: period ") + " }";

    /** One query: its name (the file), who asks, the document, and optionally where its {@code $after} comes from. */
    record Ask(String name, String role, String query, String afterFrom, String afterPath) {
        Ask(String name, String role, String query) {
            this(name, role, query, null, null);
        }
    }

    static List<Ask> queries() {
        List<Ask> q = new ArrayList<>();
        // the demo story, as readers see it
        q.add(new Ask("demo-country-kp", "reader", "{ country(code: \"kp\") { code alpha3 name name_ko: name(lang: \"ko\") places { id name kind }"
                + " deploymentsFrom { " + PAGE + " edges { cursor node { " + DEPLOYMENT + " } } }"
                + " deploymentsTo { totalCount nodes { id } } statistics { " + PAGE + " nodes { " + STATISTIC + " } } } }"));
        q.add(new Ask("demo-country-ru", "reader", "{ country(code: \"RUS\") { code deploymentsTo(first: 5) { " + PAGE + " nodes { " + DEPLOYMENT
                + " } } statistics(first: 5) { " + PAGE + " nodes { " + STATISTIC + " } } places { id name code } } }"));
        q.add(new Ask("demo-country-unknown", "reader", "{ country(code: \"XX\") { code } }"));
        q.add(new Ask("demo-countries-first", "reader", "{ countries(first: 30) { " + PAGE + " edges { cursor node { code alpha3 name ru: name(lang: \"ru\") } } } }"));
        q.add(new Ask("demo-countries-search", "reader", "{ countries(search: \"korea\") { totalCount nodes { code name } } }"));
        q.add(new Ask("demo-countries-page-2", "reader", "query($after: String) { countries(first: 30, after: $after) { " + PAGE + " nodes { code } } }",
                "demo-countries-first", "/data/countries/pageInfo/endCursor"));
        q.add(new Ask("demo-deployments", "reader", "{ deployments(first: 50) { " + PAGE + " nodes { " + DEPLOYMENT + " } } }"));
        q.add(new Ask("demo-deployments-troops-largest", "reader", "{ deployments(filter: { personnel: TROOPS }, orderBy: LARGEST_FIRST) { "
                + PAGE + " nodes { id headcount " + QUANTITY + " } } }"));
        q.add(new Ask("demo-deployments-kp-ru-2024", "reader", "{ deployments(filter: { origin: \"KP\", destination: \"RU\", from: \"2024-01-01\","
                + " to: \"2024-12-31\" }, orderBy: OLDEST_FIRST) { " + PAGE + " nodes { id summary period " + PERIOD + " } } }"));
        q.add(new Ask("demo-statistics", "reader", "{ statistics(first: 50) { " + PAGE + " nodes { " + STATISTIC + " } } }"));
        q.add(new Ask("demo-statistics-ru", "reader", "{ statistics(filter: { country: \"RU\" }, orderBy: RECENTLY_UPDATED) { totalCount nodes { id indicator } } }"));
        q.add(new Ask("demo-search-troops", "reader", "{ search(text: \"troops\") { " + PAGE + " nodes { " + ANY_FACT + " } } }"));
        q.add(new Ask("demo-search-labour", "reader", "{ search(text: \"labour shortfall\", first: 5) { totalCount nodes { id summary } } }"));
        // the sync feed's cursors carry transaction ids, which depend on how many transactions the start made (migrations)
        q.add(new Ask("demo-changes", "reader", "{ changes(since: \"2000-01-01T00:00:00Z\", first: 50) { totalCount"
                + " pageInfo { hasNextPage hasPreviousPage } nodes { __typename id version status } } }"));
        q.add(new Ask("demo-sources", "reader", "{ sources(first: 50) { " + PAGE + " edges { cursor node " + SOURCE + " } } }"));
        q.add(new Ask("demo-sources-government", "reader", "{ sources(kind: GOVERNMENT) { totalCount nodes { id name kind } } }"));
        q.add(new Ask("demo-source-1", "reader", "{ source(id: \"1\") " + SOURCE + " }"));
        q.add(new Ask("demo-fact-1", "reader", "{ fact(id: \"1\") { " + ANY_FACT + " } }"));
        q.add(new Ask("demo-deployment-and-statistic", "reader", "{ d: deployment(id: \"2\") { " + DEPLOYMENT + " } s: statistic(id: \"10\") { " + STATISTIC
                + " } none: fact(id: \"999999999\") { id } }"));
        q.add(new Ask("demo-aliases", "reader", "{ country(code: \"KP\") { all: deploymentsFrom(first: 3) { totalCount nodes { id personnel } }"
                + " troops: deploymentsFrom(filter: { personnel: TROOPS }) { totalCount nodes { id personnel } }"
                + " workers: deploymentsFrom(filter: { personnel: WORKERS }) { totalCount nodes { id personnel } } } }"));
        // the demo story, as editors see it
        q.add(new Ask("demo-editor-deployments", "editor", "{ deployments(first: 50) { totalCount nodes { id status version summary } } }"));
        q.add(new Ask("demo-editor-history", "editor", "{ fact(id: \"2\") { id history { number action by byIdentity note changes { field from to } } } }"));
        q.add(new Ask("demo-editor-corrections", "editor", "{ corrections(first: 20) { pageInfo { hasNextPage } nodes { id status reason publicNote"
                + " submittedBy reviewedBy reviewNote fact { id summary } evidence { title url source { name } } } } }"));
        // generated data
        q.add(new Ask("gen-a-country-page", "reader", "{ country(code: \"RU\") { code"
                + " deploymentsFrom(first: 20) { nodes { id headcount { value } citations { source { name } via { name } } } }"
                + " deploymentsTo(first: 20) { nodes { id headcount { value } citations { source { name } via { name } } } }"
                + " statistics(first: 20) { nodes { id value { value } citations { source { name } via { name } } } } } }"));
        q.add(new Ask("gen-b-countries", "reader", "{ countries(first: 50) { nodes { code deploymentsFrom(first: 10) { nodes { id citations { source { name } } } } } } }"));
        q.add(new Ask("gen-c-workers-largest", "reader", "{ deployments(first: 50, filter: { personnel: WORKERS, verification: REPORTED }, orderBy: LARGEST_FIRST)"
                + " { nodes { id headcount { value } } } }"));
        q.add(new Ask("gen-d-search", "reader", "{ search(text: \"labour shortfall\", first: 20) { totalCount nodes { id } } }"));
        q.add(new Ask("gen-country-cn-full", "reader", "{ country(code: \"CN\") { deploymentsTo(first: 10) { " + PAGE + " nodes { " + DEPLOYMENT
                + " } } statistics(first: 10) { nodes { " + STATISTIC + " } } places { id name kind } } }"));
        q.add(new Ask("gen-country-ru-from-3", "reader", "{ country(code: \"RU\") { deploymentsFrom(first: 3) { " + PAGE + " edges { cursor node { id } } } } }"));
        q.add(new Ask("gen-country-ru-from-page-2", "reader", "query($after: String) { country(code: \"RU\") { deploymentsFrom(first: 3, after: $after) { "
                + PAGE + " nodes { id } } } }", "gen-country-ru-from-3", "/data/country/deploymentsFrom/pageInfo/endCursor"));
        q.add(new Ask("gen-statistics-oldest", "reader", "{ statistics(first: 30, orderBy: OLDEST_FIRST) { " + PAGE + " nodes { id period " + PERIOD
                + " value " + QUANTITY + " measure } } }"));
        q.add(new Ask("gen-statistics-retracted", "reader", "{ statistics(first: 30, orderBy: RECENTLY_UPDATED, filter: { status: RETRACTED }) { "
                + PAGE + " nodes { id status corrections { text } } } }"));
        q.add(new Ask("gen-deployments-disputed", "reader", "{ deployments(first: 30, filter: { verification: DISPUTED, from: \"2020-01-01\" }) { "
                + PAGE + " nodes { id verification attribution places { name } } } }"));
        q.add(new Ask("gen-search-source", "reader", "{ search(text: \"remittances\", first: 30) { " + PAGE + " nodes { __typename id attribution } } }"));
        q.add(new Ask("gen-sources-search", "reader", "{ sources(search: \"Bench source 3\", first: 20) { totalCount nodes " + SOURCE + " } }"));
        q.add(new Ask("gen-countries-two-levels", "reader", "{ countries(first: 20, search: \"a\") { nodes { code deploymentsFrom(first: 3) { totalCount nodes { id"
                + " destination { code deploymentsTo(first: 2) { totalCount nodes { id } } } } } statistics(first: 2) { totalCount nodes { id indicator } } } } }"));
        q.add(new Ask("gen-editor-drafts", "editor", "{ deployments(first: 40, filter: { status: DRAFT }) { " + PAGE + " nodes { id status version summary } } }"));
        q.add(new Ask("gen-editor-search-drafts", "editor", "{ search(text: \"labour\", first: 40) { totalCount nodes { id status } } }"));
        q.add(new Ask("gen-editor-corrected", "editor", "{ corrections(first: 20, status: APPROVED) { nodes { id status fact { id version } } } }"));
        q.add(new Ask("gen-reader-drafts-refused", "reader", "{ deployments(filter: { status: DRAFT }) { totalCount } }"));
        return q;
    }

    @BeforeEach
    void loadTheGeneratedFacts() throws Exception {
        generate(jdbcUrl);
    }

    /**
     * Loads the generated facts once into this profile's fresh database, after the demo story (ids and answers depend
     * on the order); a database that has them already (another class of this profile ran first) is left as it is.
     */
    static void generate(String jdbcUrl) throws Exception {
        // ids and answers depend on the demo story being loaded first: ask for it before generating
        given().contentType(ContentType.JSON).body(Map.of("query", "{ fact(id: \"1\") { id } }")).post("/graphql").then().statusCode(200);
        URI db = URI.create(jdbcUrl.substring("jdbc:".length()));
        List<String> psql = List.of("psql", "-h", db.getHost(), "-p", String.valueOf(db.getPort()), "-U", "postgres", "-d", db.getPath().substring(1), "-q");
        Process check = new ProcessBuilder(Stream.concat(psql.stream(), Stream.of("-tAc", "select count(*) from source where name like 'Bench source %'")).toList())
                .redirectErrorStream(true).start();
        check.getOutputStream().close();
        String count = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(check.waitFor(30, TimeUnit.SECONDS) && check.exitValue() == 0, "psql answered: " + count);
        if (!count.equals("0")) {
            return;
        }
        Process load = new ProcessBuilder(Stream.concat(psql.stream(), Stream.of("-v", "facts=3000", "-f", "bench/generate.sql")).toList())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target/golden-psql.log").toFile())).start();
        load.getOutputStream().close();
        assertTrue(load.waitFor(120, TimeUnit.SECONDS), "generate.sql finished");
        assertEquals(0, load.exitValue(), "generate.sql failed: see target/golden-psql.log");
    }

    @TestFactory
    Stream<DynamicTest> everyAnswerIsTheGoldenOne() {
        Map<String, JsonNode> answers = new HashMap<>();
        boolean record = "true".equals(System.getenv("GOLDEN_RECORD"));
        List<Ask> all = queries();
        assertTrue(all.size() >= 30, "at least 30 queries");
        return all.stream().map(g -> DynamicTest.dynamicTest(g.name(), () -> {
            JsonNode answer = ask(g, answers);
            answers.put(g.name(), answer);
            Path file = DIR.resolve(g.name() + ".json");
            if (record) {
                Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer) + "\n");
                return;
            }
            if (!Files.exists(file)) {
                fail("no golden answer recorded for " + g.name());
            }
            JsonNode golden = JSON.readTree(Files.readString(file));
            assertTrue(!golden.toString().contains("GRAPHQL_VALIDATION_FAILED"), "the golden query is valid");
            compare(golden, normalize(answer), "");
        }));
    }

    private JsonNode ask(Ask g, Map<String, JsonNode> answers) throws IOException {
        Map<String, Object> vars = new HashMap<>();
        if (g.afterFrom() != null) {
            JsonNode cursor = answers.get(g.afterFrom()).at(g.afterPath());
            assertTrue(cursor.isTextual(), "a cursor at " + g.afterPath());
            vars.put("after", cursor.asText());
        }
        RequestSpecification request = given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", g.query(), "variables", vars));
        if (g.role().equals("editor")) {
            request = request.header("Authorization", "Bearer " + Tokens.editor("golden"));
        }
        String body = request.post("/graphql").then().statusCode(200).extract().asString();
        return normalize(JSON.readTree(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Instants written during this run (the demo loader's) become one placeholder. */
    private static JsonNode normalize(JsonNode node) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                ((ObjectNode) node).set(f.getKey(), normalize(f.getValue()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, normalize(node.get(i)));
            }
        } else if (node.isTextual() && INSTANT.matcher(node.asText()).matches()
                && OffsetDateTime.parse(node.asText()).isAfter(RUN_STARTED)) {
            return TextNode.valueOf("<written during the run>");
        }
        return node;
    }

    /** Field by field, naming the path of the first difference. */
    private static void compare(JsonNode expected, JsonNode actual, String path) {
        if (expected.isObject()) {
            assertTrue(actual.isObject(), path + ": an object");
            assertEquals(fieldNames(expected), fieldNames(actual), path + ": the same fields in the same order");
            expected.fields().forEachRemaining(f -> compare(f.getValue(), actual.get(f.getKey()), path + "/" + f.getKey()));
        } else if (expected.isArray()) {
            assertTrue(actual.isArray(), path + ": a list");
            assertEquals(expected.size(), actual.size(), path + ": the same length");
            for (int i = 0; i < expected.size(); i++) {
                compare(expected.get(i), actual.get(i), path + "/" + i);
            }
        } else {
            assertEquals(expected, actual, path);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
