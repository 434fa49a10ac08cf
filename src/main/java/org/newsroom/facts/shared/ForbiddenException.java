package org.newsroom.facts.shared;

import io.smallrye.graphql.api.ErrorCode;

/** Reported as {@code FORBIDDEN}: the user's role does not allow the operation. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends ApiException {

    public ForbiddenException(String message) {
        super(message, null);
    }

    public ForbiddenException(String message, String field) {
        super(message, field);
    }
}
