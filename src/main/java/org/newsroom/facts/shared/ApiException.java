package org.newsroom.facts.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * Base of every error the API reports on purpose: a stable {@code extensions.code} (the {@code @ErrorCode} of
 * each subclass), a message safe to show, and for input errors {@code extensions.field}, the input path.
 * As a {@link GraphQLError} it hands graphql-java its extra extensions, which appear only when set.
 */
public abstract class ApiException extends RuntimeException implements GraphQLError {

    private final String field;

    protected ApiException(String message, String field) {
        super(message, null, false, false);
        this.field = field;
    }

    /** The input path the error is about (e.g. {@code input.headcount.low}), or null. */
    public String field() {
        return field;
    }

    @Override
    public Map<String, Object> getExtensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (field != null) {
            extensions.put("field", field);
        }
        return extensions;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return null;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorType.DataFetchingException;
    }
}
