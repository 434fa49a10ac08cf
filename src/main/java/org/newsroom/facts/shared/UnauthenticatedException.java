package org.newsroom.facts.shared;

import io.smallrye.graphql.api.ErrorCode;

/** Reported as {@code UNAUTHENTICATED}: the operation needs a signed-in user. */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedException extends ApiException {

    public UnauthenticatedException(String message) {
        super(message, null);
    }

    public UnauthenticatedException(String message, String field) {
        super(message, field);
    }
}
