package org.newsroom.facts.shared;

/** Base of every error the API reports on purpose: a stable code (see subclasses), a safe message and an input path. */
public abstract class ApiException extends RuntimeException {

    private final String field;

    protected ApiException(String message, String field) {
        super(message, null, false, false);
        this.field = field;
    }

    /** The input path the error is about (e.g. {@code input.headcount.low}), or null. */
    public String field() {
        return field;
    }
}
