package org.newsroom.facts.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;

/**
 * The operations of the README and of docs/ — their graphql blocks and the queries in their curl examples — are named
 * and valid against the committed schema, so that the README cannot drift from the API and a codegen file holding them validates.
 */
public class ReadmeOperationsTest {

    static final Pattern BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);
    static final Pattern CURL = Pattern.compile("\"query\":\\s*(\"(?:[^\"\\\\]|\\\\.)*\")");

    public static GraphQLSchema schema() throws Exception {
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(Files.readString(Path.of("schema/schema.graphql"))));
    }

    public static List<String> operations() throws Exception {
        StringBuilder text = new StringBuilder(Files.readString(Path.of("README.md")));
        try (var docs = Files.list(Path.of("docs"))) {
            for (Path doc : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                text.append('\n').append(Files.readString(doc));
            }
        }
        String readme = text.toString();
        List<String> found = new ArrayList<>();
        Matcher block = BLOCK.matcher(readme);
        while (block.find()) {
            found.add(block.group(1));
        }
        Matcher curl = CURL.matcher(readme);
        while (curl.find()) {
            found.add(new ObjectMapper().readValue(curl.group(1), String.class));
        }
        return found;
    }

    static List<ValidationError> check(GraphQLSchema schema, String operation) {
        Document doc = Parser.parse(operation);
        return new Validator().validateDocument(schema, doc, Locale.ENGLISH);
    }

    @Test
    void everyOperationOfTheReadmeIsNamedAndValid() throws Exception {
        GraphQLSchema schema = schema();
        List<String> operations = operations();
        assertTrue(operations.size() >= 9, "the README's operations are found: " + operations.size());
        for (String operation : operations) {
            Document doc = Parser.parse(operation);
            for (OperationDefinition op : doc.getDefinitionsOfType(OperationDefinition.class)) {
                assertNotNull(op.getName(), "an operation of the README has no name:\n" + operation);
            }
            assertEquals(List.of(), check(schema, operation), "an operation of the README is not valid against schema/schema.graphql:\n" + operation);
        }
    }

    /** Every relative link of the README and of docs/ points at a file of the repository (the docs were split out). */
    @Test
    void everyLinkOfTheDocsResolves() throws Exception {
        List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
        try (var files = Files.list(Path.of("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        Pattern link = Pattern.compile("\\]\\(([^)\\s]+)\\)");
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path doc : docs) {
            Matcher m = link.matcher(Files.readString(doc));
            while (m.find()) {
                String target = m.group(1).split("#")[0];
                if (target.isEmpty() || target.matches("^[a-z]+:.*")) {
                    continue;
                }
                checked++;
                Path parent = doc.getParent() == null ? Path.of(".") : doc.getParent();
                if (!Files.exists(parent.resolve(target).normalize())) {
                    broken.add(doc + " -> " + m.group(1));
                }
            }
        }
        assertTrue(checked >= 20, "the links are found: " + checked);
        assertEquals(List.of(), broken);
    }

    @Test
    void theCheckCanFail() throws Exception {
        assertFalse(check(schema(), "query Broken { country(code: \"kp\") { noSuchField } }").isEmpty());
    }
}
