package org.newsroom.facts.delivery;

import java.util.Map;

import org.newsroom.facts.shared.PageArgs;

import graphql.execution.AbortExecutionException;
import graphql.execution.RawVariables;
import graphql.language.Document;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * How many nodes an operation may return, worked out before it runs, the way GitHub's GraphQL API counts them: a
 * connection (a field with a {@code first} argument) counts its {@code first} — as given, or its default — times
 * the number of parents it is asked for; its {@code nodes} and {@code edges} are those same nodes. Any other list
 * (places, citations, disputes) counts {@code assumed-list-size} per parent. Fragments and aliases count as often
 * as they are spread. Introspection ({@code __schema}, {@code __type}) counts nothing: its answer is bounded by the
 * schema, and the depth and token limits apply to it.
 */
@ApplicationScoped
public class QueryCost {

    private final long assumedListSize;
    private final ExecutableNormalizedOperationFactory.Options options;

    @Inject
    public QueryCost(DeliveryConfig config) {
        this.assumedListSize = config.assumedListSize();
        this.options = ExecutableNormalizedOperationFactory.Options.defaultOptions().maxFieldsCount(50_000);
    }

    /** How deep an operation nests its fields, and how many it selects. */
    public record Shape(int depth, int fields) {
    }

    /**
     * How deep the operation nests its fields (counted as graphql-java's MaxQueryDepthInstrumentation does) and how
     * many fields it selects, aliases counted (graphql-java's default complexity: 1 per field), in one traversal —
     * checked here, before the execution, instead of by instrumentations on every field of it; zero for an
     * operation that is not valid (the execution reports why). Worked out once per document and set of variables,
     * like the node count.
     */
    public Shape shape(GraphQLSchema schema, Document document, String operationName, Map<String, Object> variables) {
        return remembered(document, "shape", operationName, variables, () -> measureShape(schema, document, operationName, variables));
    }

    private Shape measureShape(GraphQLSchema schema, Document document, String operationName, Map<String, Object> variables) {
        int[] shape = new int[2];
        try {
            traverser(schema, document, operationName, variables).visitPreOrder(new graphql.analysis.QueryVisitorStub() {
                @Override
                public void visitField(graphql.analysis.QueryVisitorFieldEnvironment env) {
                    shape[0] = Math.max(shape[0], pathLength(env.getParentEnvironment()));
                    shape[1]++;
                }
            });
        } catch (RuntimeException e) {
            return new Shape(0, 0);
        }
        return new Shape(shape[0], shape[1]);
    }

    private static graphql.analysis.QueryTraverser traverser(GraphQLSchema schema, Document document, String operationName,
            Map<String, Object> variables) {
        return graphql.analysis.QueryTraverser.newQueryTraverser().schema(schema).document(document).operationName(operationName)
                .variables(variables == null ? Map.of() : variables).build();
    }

    private static int pathLength(graphql.analysis.QueryVisitorFieldEnvironment path) {
        int length = 1;
        for (graphql.analysis.QueryVisitorFieldEnvironment p = path; p != null; p = p.getParentEnvironment()) {
            length++;
        }
        return length;
    }

    /**
     * The nodes the operation asks for (Long.MAX_VALUE when even its fields are too many to count), counted once per
     * document (the endpoint keeps each parsed document once) and set of variables: a crowd re-sending the same heavy
     * document is counted once, not once a request on the event loop, where the count decides its lane.
     */
    public long nodes(GraphQLSchema schema, Document document, String operationName, Map<String, Object> variables) {
        return remembered(document, "nodes", operationName, variables, () -> count(schema, document, operationName, variables));
    }

    /**
     * A measure of a document, worked out once per document (held as long as the document is), measure, operation name
     * and set of variables; a document run with many sets of variables keeps only the latest few.
     */
    @SuppressWarnings("unchecked")
    private <T> T remembered(Document document, String measure, String operationName, Map<String, Object> variables,
            java.util.function.Supplier<T> work) {
        String key = measure + "\u0000" + operationName + "\u0000" + (variables == null ? "{}" : variables.toString());
        if (key.length() > 1024) {
            return work.get(); // large variables are not kept
        }
        Map<String, Object> byVariables = measured.get(document, d -> new java.util.concurrent.ConcurrentHashMap<>());
        Object known = byVariables.get(key);
        if (known != null) {
            return (T) known;
        }
        T value = work.get();
        if (byVariables.size() >= 32) {
            byVariables.clear();
        }
        byVariables.put(key, value);
        return value;
    }

    /** The measures per document (held as long as the document is), by measure, operation name and variables. */
    private final com.github.benmanes.caffeine.cache.Cache<Document, Map<String, Object>> measured = org.newsroom.facts.shared.Caches
            .build(com.github.benmanes.caffeine.cache.Caffeine.newBuilder().weakKeys().maximumSize(10_000));

    private long count(GraphQLSchema schema, Document document, String operationName, Map<String, Object> variables) {
        ExecutableNormalizedOperation operation;
        try {
            operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(schema,
                    document, operationName, RawVariables.of(variables == null ? Map.of() : variables), options);
        } catch (AbortExecutionException e) {
            return Long.MAX_VALUE;
        } catch (RuntimeException e) {
            return 0; // not a valid operation (or invalid variables): the execution reports why, before any SQL
        }
        long total = 0;
        try {
            for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
                total = add(total, cost(schema, field, 1, false));
            }
        } catch (graphql.AssertException e) {
            return 0; // conflicting fields (a response key for two fields) normalize without a definition: validation reports them
        }
        return total;
    }

    private long cost(GraphQLSchema schema, ExecutableNormalizedField field, long parents, boolean inConnection) {
        if (field.getName().startsWith("__")) {
            return 0;
        }
        GraphQLFieldDefinition definition = field.getFieldDefinitions(schema).get(0);
        boolean connection = definition.getArgument("first") != null;
        long size = 1;
        boolean counted = false;
        if (connection) {
            Object first = field.getResolvedArguments().get("first");
            size = first instanceof Number n ? Math.max(0, n.longValue()) : PageArgs.MAX_FIRST;
            counted = true;
        } else if (GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(definition.getType()))
                && !(inConnection && (field.getName().equals("nodes") || field.getName().equals("edges")))) {
            size = assumedListSize;
            counted = true;
        }
        long count = multiply(parents, size);
        long total = counted ? count : 0;
        for (ExecutableNormalizedField child : field.getChildren()) {
            total = add(total, cost(schema, child, count, connection));
        }
        return total;
    }

    private static long multiply(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private static long add(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
