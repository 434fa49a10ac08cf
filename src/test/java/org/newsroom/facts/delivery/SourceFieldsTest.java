package org.newsroom.facts.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dataloader.DataLoaderRegistry;
import org.eclipse.microprofile.graphql.Source;
import org.junit.jupiter.api.Test;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/** The fetchers derived from annotated {@code @Source} methods, on a small schema with graphql-java alone (no service). */
class SourceFieldsTest {

    /** A parent type, named as its GraphQL type (not annotated: the service would add it to its schema). */
    public record Thing(String name) {
    }

    /** An API with a batched field that takes an argument, and a per-parent one (not annotated: the service would serve it). */
    public static class Api {
        final List<String> calls = new ArrayList<>();

        public List<String> repeated(@Source List<Thing> things, Integer times) {
            calls.add(things.size() + "x" + times);
            return things.stream().map(t -> t.name().repeat(times)).toList();
        }

        public String shout(@Source Thing thing, String suffix) {
            return thing.name().toUpperCase() + suffix;
        }
    }

    /** A method whose parameter is not the schema's argument. */
    public static class Mismatched {
        public List<String> repeated(@Source List<Thing> things, Integer count) {
            return null;
        }
    }

    private static final String SDL = """
            type Query { things: [Thing!]! }
            type Thing { name: String! repeated(times: Int = 1): String! shout(suffix: String = "!"): String! }
            """;

    private static GraphQLSchema schema() {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", t -> t.dataFetcher("things", env -> List.of(new Thing("a"), new Thing("b"), new Thing("c")))).build();
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
    }

    @Test
    void aBatchRunsOncePerDistinctArgumentsWithAllItsParents() {
        GraphQLSchema plain = schema();
        Api api = new Api();
        List<SourceFields.Derived> derived = SourceFields.derive(plain, List.of(new SourceFields.Api(api, Api.class)));
        assertEquals(2, derived.size());
        GraphQLCodeRegistry registry = plain.getCodeRegistry().transform(r -> SourceFields.register(r, derived));
        GraphQL graphQL = GraphQL.newGraphQL(plain.transform(s -> s.codeRegistry(registry))).build();
        ExecutionResult result = graphQL.execute(ExecutionInput.newExecutionInput()
                .query("{ things { one: repeated two: repeated(times: 2) again: repeated(times: 2) shout(suffix: \"?\") } }")
                .dataLoaderRegistry(new DataLoaderRegistry()).build());
        assertTrue(result.getErrors().isEmpty(), result.getErrors().toString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> things = (List<Map<String, Object>>) ((Map<String, Object>) result.getData()).get("things");
        assertEquals(List.of("a", "b", "c"), things.stream().map(t -> t.get("one")).toList());
        assertEquals(List.of("aa", "bb", "cc"), things.stream().map(t -> t.get("two")).toList());
        assertEquals(List.of("aa", "bb", "cc"), things.stream().map(t -> t.get("again")).toList());
        assertEquals(List.of("A?", "B?", "C?"), things.stream().map(t -> t.get("shout")).toList());
        assertEquals(List.of("3x1", "3x2"), api.calls, "one call per distinct set of arguments, each with the three parents");
    }

    @Test
    void aMethodTheSchemaDoesNotMatchFailsTheStart() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SourceFields.derive(schema(), List.of(new SourceFields.Api(new Mismatched(), Mismatched.class))));
        assertTrue(e.getMessage().contains("parameter count is argument times"), e.getMessage());
    }
}
