package org.newsroom.facts.shared;

import io.smallrye.graphql.api.ErrorCode;

/** Reported as {@code CONFLICT}: the expected version is not the current one. */
@ErrorCode("CONFLICT")
public class ConflictException extends ApiException {

    public ConflictException(String message) {
        super(message, null);
    }

    public ConflictException(String message, String field) {
        super(message, field);
    }
}
