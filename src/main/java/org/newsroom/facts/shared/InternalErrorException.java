package org.newsroom.facts.shared;

import io.smallrye.graphql.api.ErrorCode;

/** Reported as {@code INTERNAL_SERVER_ERROR}: something unexpected failed; the details are in the server log only. */
@ErrorCode("INTERNAL_SERVER_ERROR")
public class InternalErrorException extends ApiException {

    public InternalErrorException(String incident) {
        super("Internal error (incident " + incident + "); the newsroom's logs have the details", null);
    }
}
