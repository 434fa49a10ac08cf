package org.newsroom.facts.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A web address a person may follow: an absolute http or https URL with a host and no user name, as the JDK's
 * RFC 3986 parser ({@link URI}) reads it, at most 2,000 characters. So {@code http:alert(1)} (no host),
 * {@code https:javascript:alert(1)}, {@code http://example.org/<script>} (not a URL character) and addresses with
 * spaces or line separators are refused. Absent (null) is for {@code @NotNull} to judge.
 */
@Documented
@Constraint(validatedBy = WebUrl.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface WebUrl {

    String message() default "must be an http or https URL";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The longest address accepted. */
    int MAX_LENGTH = 2000;

    /** Checks the rule; also used where a URL comes as a plain argument. */
    class Validator implements ConstraintValidator<WebUrl, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext ctx) {
            String problem = problem(value);
            if (problem == null) {
                return true;
            }
            ctx.disableDefaultConstraintViolation();
            ctx.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }

        /** What is wrong with the address, or null when nothing is (or it is null). */
        public static String problem(String value) {
            if (value == null) {
                return null;
            }
            if (value.length() > MAX_LENGTH) {
                return "must be at most " + MAX_LENGTH + " characters";
            }
            URI uri;
            try {
                uri = new URI(value);
            } catch (URISyntaxException e) {
                return "must be an http or https URL (not a valid URL at character " + Math.max(0, e.getIndex()) + ")";
            }
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || uri.isOpaque()
                    || uri.getHost() == null || uri.getHost().isEmpty()) {
                return "must be an http or https URL with a host, such as https://example.org/page";
            }
            if (uri.getRawUserInfo() != null) {
                return "must not carry a user name or password";
            }
            return null;
        }
    }
}
