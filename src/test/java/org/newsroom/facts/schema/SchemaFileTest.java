package org.newsroom.facts.schema;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The committed schema/schema.graphql is exactly the SDL the service serves: the contract clients read. */
@QuarkusTest
class SchemaFileTest {

    @Test
    void committedSchemaMatchesTheServedOne() throws Exception {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Path file = Path.of("schema/schema.graphql");
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(file, served);
        }
        assertEquals(Files.readString(file), served,
                "schema/schema.graphql differs from the served SDL; if the change is meant, run: ./mvnw test -Dtest=SchemaFileTest -Dschema.update=true");
    }
}
