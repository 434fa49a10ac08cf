package org.newsroom.facts.shared;

import io.smallrye.graphql.api.ErrorCode;

/** Reported as {@code INVALID_STATE}: the object is not in a state that allows the operation. */
@ErrorCode("INVALID_STATE")
public class InvalidStateException extends ApiException {

    public InvalidStateException(String message) {
        super(message, null);
    }

    public InvalidStateException(String message, String field) {
        super(message, field);
    }
}
