package org.newsroom.facts.delivery;

import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.introspection.IntrospectionQueryBuilder;
import graphql.introspection.IntrospectionResultToSchema;
import graphql.language.Argument;
import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.ScalarTypeDefinition;
import graphql.language.StringValue;
import graphql.schema.GraphQLSchema;

/**
 * The SDL of the served schema exactly as introspection shows it — every type, field, argument, description,
 * directive definition and {@code @specifiedBy} a client's tools read — printed the same way each time: what
 * {@code GET /graphql/schema.graphql} serves and {@code schema/schema.graphql} commits.
 */
public final class SchemaDocument {

    /** The introspection query that asks for everything the SDL holds (specifiedByURL, repeatable, deprecated inputs). */
    public static final String INTROSPECTION = IntrospectionQueryBuilder.build(IntrospectionQueryBuilder.Options.defaultOptions()
            .descriptions(true).specifiedByUrl(true).directiveIsRepeatable(true).inputValueDeprecation(true).isOneOf(true));

    private SchemaDocument() {
    }

    /** The SDL of an introspection answer's {@code data}. */
    @SuppressWarnings("unchecked")
    public static String print(Map<String, Object> introspection) {
        Document document = new IntrospectionResultToSchema().createSchemaDefinition(introspection);
        // graphql-java's reader of introspection leaves out scalars' specifiedByURL: put it back as @specifiedBy
        Map<String, String> specified = new java.util.HashMap<>();
        for (Map<String, Object> type : (List<Map<String, Object>>) ((Map<String, Object>) introspection.get("__schema")).get("types")) {
            if ("SCALAR".equals(type.get("kind")) && type.get("specifiedByURL") instanceof String url) {
                specified.put((String) type.get("name"), url);
            }
        }
        List<Definition> definitions = document.getDefinitions().stream()
                .map(d -> d instanceof ScalarTypeDefinition scalar && specified.containsKey(scalar.getName())
                        ? (Definition) scalar.transform(b -> b.directives(List.of(Directive.newDirective().name("specifiedBy")
                                .arguments(List.of(Argument.newArgument("url", StringValue.of(specified.get(scalar.getName()))).build())).build())))
                        : d)
                .toList();
        return AstPrinter.printAst(document.transform(b -> b.definitions(definitions))) + "\n";
    }

    /** The SDL of a live schema, introspected as a client would (with the service's own introspection fetchers). */
    static String of(GraphQLSchema schema) {
        ExecutionResult result = GraphQL.newGraphQL(schema).build().execute(INTROSPECTION);
        if (!result.getErrors().isEmpty()) {
            throw new IllegalStateException("the schema's introspection failed: " + result.getErrors());
        }
        return print(result.getData());
    }
}
