package org.newsroom.facts.shared;

import io.smallrye.graphql.api.ErrorCode;

/**
 * Reported as {@code DATABASE_UNAVAILABLE}: the database did not answer (it is restarting, unreachable, or
 * took longer than the statement timeout); nothing was written, and the request may be tried again.
 */
@ErrorCode("DATABASE_UNAVAILABLE")
public class DatabaseUnavailableException extends ApiException {

    /** What a client is told when the database did not answer. */
    public static final String TRY_AGAIN = "The database did not answer in time; try again";

    public DatabaseUnavailableException(String message) {
        super(message, null);
    }
}
