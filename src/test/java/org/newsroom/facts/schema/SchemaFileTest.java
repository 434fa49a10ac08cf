package org.newsroom.facts.schema;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import org.newsroom.facts.delivery.SchemaDocument;
import org.newsroom.facts.support.GraphQL;

/**
 * The committed schema/schema.graphql is exactly the schema clients introspect (directives, descriptions and
 * {@code @specifiedBy} included), and what {@code GET /graphql/schema.graphql} serves: the contract clients read.
 */
@QuarkusTest
class SchemaFileTest {

    @Test
    void committedSchemaIsTheIntrospectedOne() throws Exception {
        Map<String, Object> introspection = GraphQL.editor().send(SchemaDocument.INTROSPECTION).body("errors", nullValue()).extract().path("data");
        String introspected = SchemaDocument.print(introspection);
        Path file = Path.of("schema/schema.graphql");
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(file, introspected);
        }
        assertEquals(Files.readString(file), introspected,
                "schema/schema.graphql differs from the introspected schema; if the change is meant, run: ./mvnw test -Dtest=SchemaFileTest -Dschema.update=true");
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        assertEquals(introspected, served, "GET /graphql/schema.graphql serves the introspected schema");
    }

    @Test
    void aDocumentUsingAnUnadvertisedDirectiveIsInvalid() {
        GraphQL.reader().send("{ country(code: \"FJ\") { ... @defer { code } } }")
                .body("data", nullValue()).body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("@defer"));
        // positive control: an advertised directive in the same place works
        GraphQL.reader().send("{ country(code: \"FJ\") { ... @include(if: true) { code } } }")
                .body("errors", nullValue()).body("data.country.code", org.hamcrest.Matchers.equalTo("FJ"));
    }

    @Test
    void theSchemaAdvertisesOnlyWhatWorksAndSaysItsFormats() throws Exception {
        List<String> directives = GraphQL.reader().send("{ __schema { directives { name } } }").extract().path("data.__schema.directives.name");
        assertFalse(directives.contains("defer") || directives.contains("experimental_disableErrorPropagation"), "introspection: " + directives);
        assertTrue(directives.containsAll(List.of("include", "skip", "deprecated", "specifiedBy", "rolesAllowed")), "introspection: " + directives);
        String sdl = Files.readString(Path.of("schema/schema.graphql"));
        // graphql-java puts @defer into every schema; answers always arrive whole here, so it is not advertised
        assertFalse(sdl.contains("directive @defer"), "@defer is not advertised");
        assertFalse(sdl.contains("@constraint") || sdl.contains("scalar BigDecimal") || sdl.contains("scalar BigInteger"), "no unused scalars");
        assertTrue(sdl.contains("scalar Date @specifiedBy(url: \"https://www.rfc-editor.org/rfc/rfc3339#section-5.6\")"), "Date says its format");
        assertTrue(sdl.contains("scalar DateTime @specifiedBy(url: \"https://www.rfc-editor.org/rfc/rfc3339#section-5.6\")"), "DateTime says its format");
        // positive control: a directive of the service's own is in the file (the specified ones, like @include, never are)
        assertTrue(sdl.contains("directive @rolesAllowed"), "the service's own directives are there");
    }
}
