package org.newsroom.facts.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/** Runs Bean Validation on an input object and reports broken rules as BAD_USER_INPUT with their input paths. */
@ApplicationScoped
public class InputValidator {

    @Inject
    Validator validator;

    /**
     * @param argument the name of the GraphQL argument the input came in (prefix of every reported path)
     */
    public void check(String argument, Object input) {
        if (input == null) {
            return;
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        if (violations.isEmpty()) {
            return;
        }
        List<BadUserInputException.Violation> list = violations.stream()
                .map(v -> new BadUserInputException.Violation(path(argument, v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(BadUserInputException.Violation::field))
                .filter(distinctFields())
                .toList();
        throw new BadUserInputException(list);
    }

    /**
     * Checks one text argument as {@link Text} does (null is fine) and bounds its length; BAD_USER_INPUT with the
     * argument's name. Every text has a bound.
     */
    public void text(String argument, String value, boolean multiLine, int maxLength) {
        String problem = Text.Validator.problem(value, multiLine);
        if (problem == null && value != null && value.length() > maxLength) {
            problem = "must be at most " + maxLength + " characters (it has " + value.length() + ")";
        }
        if (problem != null) {
            throw new BadUserInputException(problem, argument);
        }
    }

    /** Keeps the first broken rule of each path (a blank name is not reported twice, by @NotBlank and @Text). */
    private static java.util.function.Predicate<BadUserInputException.Violation> distinctFields() {
        Set<String> seen = new java.util.HashSet<>();
        return v -> seen.add(v.field());
    }

    private static String path(String argument, String property) {
        return property.isEmpty() ? argument : argument + "." + property;
    }
}
