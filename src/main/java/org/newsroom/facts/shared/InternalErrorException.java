package org.newsroom.facts.shared;

import java.util.Map;

import io.smallrye.graphql.api.ErrorCode;

/**
 * Reported as {@code INTERNAL_SERVER_ERROR}: something unexpected failed; the details are in the server log only,
 * under the incident id that the message and {@code extensions.incident} carry.
 */
@ErrorCode("INTERNAL_SERVER_ERROR")
public class InternalErrorException extends ApiException {

    private final String incident;

    public InternalErrorException(String incident) {
        super("Internal error (incident " + incident + "); the newsroom's logs have the details", null);
        this.incident = incident;
    }

    public String incident() {
        return incident;
    }

    @Override
    public Map<String, Object> getExtensions() {
        Map<String, Object> extensions = super.getExtensions();
        extensions.put("incident", incident);
        return extensions;
    }
}
