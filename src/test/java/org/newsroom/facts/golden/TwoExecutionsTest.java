package org.newsroom.facts.golden;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.facts.schema.ReadmeOperationsTest;

import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The planned read path ({@code delivery/ReadPlans}) and graphql-java give the same answers, byte for byte: every reader
 * operation of the golden answers, every query of the README and docs/, and operations generated from the schema with a
 * fixed seed (aliases, fragments, {@code __typename}, variables, {@code @skip}/{@code @include}, nulls, empty lists and
 * errors) is asked twice — once as readers ask, once with {@code X-Newsroom-Execution: graphql-java} — on the demo story
 * and 3,000 generated facts. The header of each answer says which execution ran, so the test also shows that the plans
 * do run (a comparison of graphql-java with itself could not fail).
 */
@QuarkusTest
@TestProfile(GoldenAnswersTest.Golden.class)
class TwoExecutionsTest {

    private static final String HEADER = "X-Newsroom-Execution";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @BeforeEach
    void loadTheGeneratedFacts() throws Exception {
        GoldenAnswersTest.generate(jdbcUrl);
    }

    /** One operation of the corpus: where it comes from, its document, its operation and variables. */
    record Operation(String name, String query, String operationName, Map<String, Object> variables) {
    }

    /** What the two executions answered, and which one ran the default request. */
    record Compared(boolean same, boolean planned, String planned_, String graphqlJava) {
    }

    private static Compared compare(Operation op) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", op.query());
        if (op.operationName() != null) {
            body.put("operationName", op.operationName());
        }
        body.put("variables", op.variables());
        Response byPlan = given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body).post("/graphql");
        Response byGraphqlJava = given().contentType(ContentType.JSON).accept(ContentType.JSON).header(HEADER, "graphql-java").body(body)
                .post("/graphql");
        String a = withoutIncidents(byPlan.asString());
        String b = withoutIncidents(byGraphqlJava.asString());
        // an operation refused before either execution (a document that does not parse, over its cost) has no header
        assertTrue(byGraphqlJava.header(HEADER) == null || byGraphqlJava.header(HEADER).equals("graphql-java"),
                op.name() + ": the header chooses graphql-java, " + op.query() + " " + b);
        boolean same = a.equals(b) && byPlan.statusCode() == byGraphqlJava.statusCode();
        return new Compared(same, "planned".equals(byPlan.header(HEADER)), a, b);
    }

    /** An internal error's incident number is new on every answer. */
    private static String withoutIncidents(String answer) {
        return answer.replaceAll("incident [0-9a-f]{8}", "incident N").replaceAll("\"incident\":\"[0-9a-f]{8}\"", "\"incident\":\"N\"");
    }

    static final Map<String, Integer> LEFT = new java.util.TreeMap<>();

    /** Runs the corpus, and answers the names of the operations the plans ran; fails on the first difference. */
    private static List<String> run(List<Operation> corpus) {
        List<String> planned = new ArrayList<>();
        List<String> differ = new ArrayList<>();
        List<String> internal = new ArrayList<>();
        for (Operation op : corpus) {
            Compared c = compare(op);
            if (!c.same()) {
                differ.add(op.name() + "\n  " + op.query() + "\n  variables " + op.variables() + "\n  planned:      " + c.planned_()
                        + "\n  graphql-java: " + c.graphqlJava());
            }
            if (c.planned()) {
                planned.add(op.name());
            } else {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"code\":\"(\\w+)\"").matcher(c.graphqlJava());
                LEFT.merge(m.find() ? m.group(1) : "no error", 1, Integer::sum);
                if (c.graphqlJava().contains("INTERNAL_SERVER_ERROR")) {
                    internal.add(op.name() + "\n  " + op.query() + "\n  variables " + op.variables() + "\n  " + c.graphqlJava());
                }
            }
        }
        assertEquals(List.of(), differ, "the two executions answer differently");
        assertEquals(List.of(), internal, "a reader's operation met an internal error");
        return planned;
    }

    @Test
    void theGoldenReaderOperationsAnswerTheSame() throws Exception {
        List<Operation> corpus = new ArrayList<>();
        Map<String, String> cursors = new HashMap<>();
        for (GoldenAnswersTest.Ask ask : GoldenAnswersTest.queries()) {
            if (!ask.role().equals("reader")) {
                continue;
            }
            Map<String, Object> variables = new HashMap<>();
            if (ask.afterFrom() != null) {
                variables.put("after", cursors.get(ask.afterFrom()));
            }
            Operation op = new Operation(ask.name(), ask.query(), null, variables);
            corpus.add(op);
            // a later operation takes its cursor from this answer
            String answer = given().contentType(ContentType.JSON).body(Map.of("query", ask.query(), "variables", variables)).post("/graphql").asString();
            GoldenAnswersTest.queries().stream().filter(a -> ask.name().equals(a.afterFrom()))
                    .forEach(a -> cursors.put(ask.name(), readCursor(answer, a.afterPath())));
        }
        List<String> planned = run(corpus);
        // the positive controls: the benchmark's pages and the plain lists run by their plans
        for (String name : List.of("demo-country-kp", "gen-a-country-page", "gen-b-countries", "demo-deployments", "gen-countries-two-levels",
                "demo-aliases", "gen-country-ru-from-page-2")) {
            assertTrue(planned.contains(name), name + " ran by its plan; planned were " + planned);
        }
        // node lookups, fact(id:) and search answer interfaces whose lookups graphql-java runs; the rest is planned
        assertTrue(planned.size() * 10 >= corpus.size() * 6, "most of the golden reader operations are planned: " + planned.size() + " of " + corpus.size());
    }

    private static String readCursor(String answer, String path) {
        try {
            return JSON.readTree(answer).at(path).asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theReadmeQueriesAnswerTheSame() throws Exception {
        GraphQLSchema schema = ReadmeOperationsTest.schema();
        List<Operation> corpus = new ArrayList<>();
        int n = 0;
        for (String document : ReadmeOperationsTest.operations()) {
            n++;
            for (OperationDefinition op : Parser.parse(document).getDefinitionsOfType(OperationDefinition.class)) {
                if (op.getOperation() == OperationDefinition.Operation.QUERY) {
                    corpus.add(new Operation("readme operation " + n + " " + op.getName(), document, op.getName(),
                            GeneratedOperations.variablesFor(schema, op, new java.util.Random(n))));
                }
            }
        }
        assertTrue(corpus.size() >= 5, "the README's queries are found: " + corpus.size());
        List<String> planned = run(corpus);
        assertTrue(!planned.isEmpty(), "some of the README's queries ran by their plans");
    }

    @Test
    void generatedOperationsAnswerTheSame() throws Exception {
        GraphQLSchema schema = ReadmeOperationsTest.schema();
        List<Operation> corpus = new ArrayList<>();
        // more seeds explore further: -Dtwo-executions.seeds=1,2,3,...
        for (String seed : System.getProperty("two-executions.seeds", "26,27,28").split(",")) {
            GeneratedOperations generator = new GeneratedOperations(schema, Long.parseLong(seed.trim()));
            for (int i = 0; i < 150; i++) {
                GeneratedOperations.Generated g = generator.next();
                try {
                    Parser.parse(g.document());
                } catch (graphql.parser.InvalidSyntaxException e) {
                    throw new AssertionError("the generator wrote a document that does not parse: " + e.getMessage() + "\n" + g.document(), e);
                }
                corpus.add(new Operation("generated " + seed + "/" + i, g.document(), null, g.variables()));
            }
        }
        String all = corpus.toString();
        for (String feature : List.of("__typename", "... on ", "fragment F", "@skip(if: $", "@include(if: ", "$v")) {
            assertTrue(all.contains(feature), "the generated corpus has " + feature);
        }
        List<String> planned = run(corpus);
        System.out.printf("two executions: %d generated operations, %d planned; the others' first errors: %s%n", corpus.size(), planned.size(), LEFT);
        assertTrue(planned.size() * 10 >= corpus.size() * 3, "a good part of the generated operations are planned: " + planned.size() + " of " + corpus.size() + "; the others' first errors: " + LEFT);
        assertTrue(planned.size() < corpus.size(), "some generated operations (errors, lookups) are left to graphql-java");
    }
}
