package org.newsroom.facts.shared;

import java.util.List;

import io.smallrye.graphql.api.ErrorCode;

/** Reported as {@code BAD_USER_INPUT}: an argument or input is invalid; {@code field} names the first bad path. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends ApiException {

    /** One broken rule: the input path and what is wrong with it. */
    public record Violation(String field, String message) {
    }

    private final List<Violation> violations;

    public BadUserInputException(String message, String field) {
        this(List.of(new Violation(field, message)));
    }

    public BadUserInputException(List<Violation> violations) {
        super(violations.get(0).field() + ": " + violations.get(0).message(), violations.get(0).field());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    public java.util.Map<String, Object> getExtensions() {
        java.util.Map<String, Object> extensions = super.getExtensions();
        if (violations.size() > 1) {
            jakarta.json.JsonArrayBuilder list = jakarta.json.Json.createArrayBuilder();
            violations.forEach(v -> list.add(jakarta.json.Json.createObjectBuilder().add("field", v.field()).add("message", v.message())));
            extensions.put("violations", list.build());
        }
        return extensions;
    }
}
