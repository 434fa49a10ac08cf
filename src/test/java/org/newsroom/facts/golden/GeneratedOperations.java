package org.newsroom.facts.golden;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;

/**
 * Reader queries generated from the schema with a seed, for {@link TwoExecutionsTest}: random fields of each type with
 * aliases, {@code __typename}, inline and named fragments, arguments as literals and as variables, {@code @skip} and
 * {@code @include} on variables and literals, interfaces with fragments on their types — and, as readers make them,
 * arguments out of bounds, editor-only fields and lookups of what does not exist.
 */
final class GeneratedOperations {

    /** A generated operation: the document and its variables. */
    record Generated(String document, Map<String, Object> variables) {
    }

    private static final int DEPTH = 4;

    private final GraphQLSchema schema;
    private final Random random;
    private StringBuilder variableDefinitions;
    private Map<String, Object> variables;
    private List<String> fragments;
    private int aliases;

    GeneratedOperations(GraphQLSchema schema, long seed) {
        this.schema = schema;
        this.random = new Random(seed);
    }

    Generated next() {
        variableDefinitions = new StringBuilder();
        variables = new LinkedHashMap<>();
        fragments = new ArrayList<>();
        aliases = 0;
        String selection = selection(schema.getQueryType(), 0);
        StringBuilder doc = new StringBuilder("query Generated");
        if (!variableDefinitions.isEmpty()) {
            doc.append('(').append(variableDefinitions).append(')');
        }
        doc.append(' ').append(selection);
        fragments.forEach(f -> doc.append('\n').append(f));
        return new Generated(doc.toString(), variables);
    }

    /** Values for an operation's variables (those without defaults), for the README's queries. */
    static Map<String, Object> variablesFor(GraphQLSchema schema, OperationDefinition op, Random random) {
        GeneratedOperations g = new GeneratedOperations(schema, random.nextLong());
        Map<String, Object> out = new LinkedHashMap<>();
        for (VariableDefinition v : op.getVariableDefinitions()) {
            GraphQLType type = schemaType(schema, v.getType());
            if (v.getDefaultValue() == null && type instanceof GraphQLInputType input) {
                Object value = g.value(input, v.getName(), 0);
                if (value != null) {
                    out.put(v.getName(), value);
                }
            }
        }
        return out;
    }

    private static GraphQLType schemaType(GraphQLSchema schema, graphql.language.Type<?> type) {
        if (type instanceof graphql.language.NonNullType n) {
            return GraphQLNonNull.nonNull(schemaType(schema, n.getType()));
        }
        if (type instanceof graphql.language.ListType l) {
            return GraphQLList.list(schemaType(schema, l.getType()));
        }
        return schema.getType(((graphql.language.TypeName) type).getName());
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A selection set of an object, interface or union type. */
    private String selection(GraphQLType type, int depth) {
        StringBuilder out = new StringBuilder("{ ");
        if (type instanceof GraphQLObjectType object) {
            fields(object, object.getFieldDefinitions(), depth, out);
        } else if (type instanceof GraphQLInterfaceType iface) {
            out.append("__typename ");
            fields(iface, iface.getFieldDefinitions(), depth, out);
            for (GraphQLObjectType impl : schema.getImplementations(iface)) {
                if (chance(40)) {
                    out.append("... on ").append(impl.getName()).append(' ');
                    out.append(selection(impl, depth)).append(' ');
                }
            }
        } else if (type instanceof GraphQLUnionType union) {
            out.append("__typename ");
            for (var member : union.getTypes()) {
                if (chance(50)) {
                    out.append("... on ").append(member.getName()).append(' ').append(selection(member, depth)).append(' ');
                }
            }
        }
        return out.append('}').toString();
    }

    private void fields(GraphQLNamedType owner, List<GraphQLFieldDefinition> definitions, int depth, StringBuilder out) {
        // fields for editors only are asked now and then: a reader's request that asks them is an error both ways
        List<GraphQLFieldDefinition> usable = definitions.stream().filter(f -> depth < DEPTH || isLeaf(f))
                .filter(f -> !forEditors(f) || chance(5)).toList();
        int count = usable.isEmpty() ? 0 : 1 + random.nextInt(Math.min(4, usable.size()));
        StringBuilder body = new StringBuilder();
        if (chance(25)) {
            body.append(chance(50) ? "__typename " : "typename: __typename ");
        }
        for (int i = 0; i < count; i++) {
            GraphQLFieldDefinition f = pick(usable);
            String field = field(f, depth, chance(12) ? condition() : null);
            if (field != null) {
                body.append(field).append(' ');
            }
        }
        if (body.isEmpty()) {
            body.append("__typename ");
        }
        if (owner instanceof GraphQLObjectType && depth > 0 && chance(15)) {
            // a named fragment on the type, spread here
            String name = "F" + fragments.size();
            fragments.add("fragment " + name + " on " + owner.getName() + " { " + body + "}");
            out.append("...").append(name).append(' ');
        } else if (chance(10)) {
            out.append("... ").append(chance(50) ? "on " + owner.getName() + " " : condition() + " ").append("{ ").append(body).append("} ");
        } else {
            out.append(body);
        }
    }

    private String condition() {
        String directive = chance(50) ? "@skip" : "@include";
        if (chance(60)) {
            String name = "c" + variables.size();
            variableDefinitions.append('$').append(name).append(": Boolean! ");
            variables.put(name, random.nextBoolean());
            return directive + "(if: $" + name + ")";
        }
        return directive + "(if: " + random.nextBoolean() + ")";
    }

    private static final java.util.regex.Pattern EDITORS = java.util.regex.Pattern.compile("(?i)^(editor|chief)|editors and chiefs only|sign in");

    /** Whether the schema describes the field as one for editors or chiefs. */
    private static boolean forEditors(GraphQLFieldDefinition f) {
        return f.getDescription() != null && EDITORS.matcher(f.getDescription()).find();
    }

    private static boolean isLeaf(GraphQLFieldDefinition f) {
        GraphQLType t = GraphQLTypeUtil.unwrapAll(f.getType());
        return t instanceof GraphQLScalarType || t instanceof GraphQLEnumType;
    }

    /** A field with its alias, arguments, condition (a directive, or null) and selection; null when it cannot be asked. */
    private String field(GraphQLFieldDefinition f, int depth, String condition) {
        StringBuilder out = new StringBuilder();
        if (chance(30)) {
            // mostly unique in the operation; now and then one of two shared keys, whose merged selections may conflict
            out.append(chance(10) ? "k" + random.nextInt(2) : "a" + aliases++).append(": ");
        }
        out.append(f.getName());
        List<String> arguments = new ArrayList<>();
        for (GraphQLArgument a : f.getArguments()) {
            boolean required = a.getType() instanceof GraphQLNonNull && !a.hasSetDefaultValue();
            if (!required && !chance(35)) {
                continue;
            }
            Object value = value(a.getType(), a.getName(), 0);
            if (value == null) {
                if (required) {
                    return null;
                }
                continue;
            }
            if (chance(30)) {
                String name = "v" + variables.size();
                variableDefinitions.append('$').append(name).append(": ").append(GraphQLTypeUtil.simplePrint(a.getType())).append(' ');
                variables.put(name, value);
                arguments.add(a.getName() + ": $" + name);
            } else {
                arguments.add(a.getName() + ": " + literal(value, a.getType()));
            }
        }
        if (!arguments.isEmpty()) {
            out.append('(').append(String.join(", ", arguments)).append(')');
        }
        if (condition != null) {
            out.append(' ').append(condition);
        }
        GraphQLType named = GraphQLTypeUtil.unwrapAll(f.getType());
        if (!(named instanceof GraphQLScalarType || named instanceof GraphQLEnumType)) {
            out.append(' ').append(selection(named, depth + 1));
        }
        return out.toString();
    }

    /** A value for an input type, as JSON would carry it; null when the generator has none for it. */
    Object value(GraphQLInputType type, String name, int depth) {
        GraphQLType t = GraphQLTypeUtil.unwrapNonNull(type);
        if (t instanceof GraphQLList list) {
            Object item = value((GraphQLInputType) list.getWrappedType(), name, depth);
            return item == null ? null : List.of(item);
        }
        if (t instanceof GraphQLEnumType e) {
            return pick(e.getValues()).getName();
        }
        if (t instanceof GraphQLInputObjectType input) {
            if (depth > 1) {
                return null;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (GraphQLInputObjectField f : input.getFieldDefinitions()) {
                boolean required = f.getType() instanceof GraphQLNonNull && !f.hasSetDefaultValue();
                if (required || chance(30)) {
                    Object v = value(f.getType(), f.getName(), depth + 1);
                    if (v == null && required) {
                        return null;
                    }
                    if (v != null) {
                        out.put(f.getName(), v);
                    }
                }
            }
            return out;
        }
        String scalar = ((GraphQLScalarType) t).getName();
        return switch (scalar) {
            case "Int" -> pick(List.of(0, 1, 2, 3, 5, 10, -1));
            case "Boolean" -> random.nextBoolean();
            case "ID" -> pick(List.of("1", "2", "10", "999999999", "RGVwbG95bWVudDoy"));
            case "Float" -> pick(List.of(0.5, 10.0));
            case "Date" -> pick(List.of("2024-01-01", "2020-06-30"));
            case "DateTime" -> pick(List.of("2000-01-01T00:00:00Z", "2030-01-01T00:00:00Z"));
            case "String" -> switch (name) {
                case "code", "origin", "destination", "country" -> pick(List.of("KP", "ru", "RUS", "XX", "CN"));
                case "lang" -> pick(List.of("ko", "ru", "en", "xx-invalid"));
                case "after", "before" -> null;
                default -> pick(List.of("korea", "troops", "a", "labour shortfall", "Bench source 3"));
            };
            default -> null;
        };
    }

    private static String literal(Object value, GraphQLInputType type) {
        GraphQLType t = GraphQLTypeUtil.unwrapNonNull(type);
        if (value instanceof List<?> list) {
            GraphQLInputType item = (GraphQLInputType) ((GraphQLList) t).getWrappedType();
            return "[" + String.join(", ", list.stream().map(v -> literal(v, item)).toList()) + "]";
        }
        if (value instanceof Map<?, ?> map) {
            GraphQLInputObjectType input = (GraphQLInputObjectType) t;
            List<String> fields = new ArrayList<>();
            map.forEach((k, v) -> fields.add(k + ": " + literal(v, input.getFieldDefinition((String) k).getType())));
            return "{ " + String.join(", ", fields) + " }";
        }
        if (t instanceof GraphQLEnumType || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        return "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
