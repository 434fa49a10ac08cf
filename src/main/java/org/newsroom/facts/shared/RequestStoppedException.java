package org.newsroom.facts.shared;

import io.smallrye.graphql.api.ErrorCode;

/**
 * Reported as {@code TIMEOUT}: the request ran past its deadline or its client went away, so the rest of its
 * fields are not fetched. A client that left never sees it; one past its deadline has been answered already.
 */
@ErrorCode("TIMEOUT")
public class RequestStoppedException extends ApiException {

    public RequestStoppedException(RequestGuard.Stop reason) {
        super(reason == RequestGuard.Stop.DEADLINE ? "The request took too long and was stopped"
                : "The client closed the connection", null);
    }
}
