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
                .toList();
        throw new BadUserInputException(list);
    }

    private static String path(String argument, String property) {
        return property.isEmpty() ? argument : argument + "." + property;
    }
}
