package org.newsroom.facts.shared;

import io.smallrye.graphql.api.ErrorCode;

/** Reported as {@code NOT_FOUND}: an id or code names nothing. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends ApiException {

    public NotFoundException(String message) {
        super(message, null);
    }

    public NotFoundException(String message, String field) {
        super(message, field);
    }
}
