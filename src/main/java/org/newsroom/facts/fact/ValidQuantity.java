package org.newsroom.facts.fact;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A quantity whose bounds fit its approximation: low <= value <= high, finite numbers, the bounds it needs. */
@Documented
@Constraint(validatedBy = ValidQuantity.Validator.class)
@Target({ ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidQuantity {

    String message() default "invalid quantity";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link QuantityInput}; each violation is reported on the property it is about. */
    class Validator implements ConstraintValidator<ValidQuantity, QuantityInput> {

        @Override
        public boolean isValid(QuantityInput q, ConstraintValidatorContext ctx) {
            if (q == null) {
                return true;
            }
            ctx.disableDefaultConstraintViolation();
            boolean ok = finite(q.value, "value", ctx) & finite(q.low, "low", ctx) & finite(q.high, "high", ctx);
            if (!ok) {
                return false;
            }
            if (q.words != null && !q.words.isBlank() && q.value == null && q.low == null && q.high == null) {
                return true; // only the source's words are known
            }
            // an approximation left out is the figure's own in a patch: the merged figure is checked (QuantityValue.of)
            String[] missing = q.approximation == null ? null : missing(q.approximation, q.value, q.low, q.high);
            ok = missing == null || fail(missing[0], missing[1], ctx);
            if (!ok) {
                return false;
            }
            if (q.low != null && q.high != null && q.low > q.high) {
                return fail("low", "must not be greater than high", ctx);
            }
            if (q.value != null && q.low != null && q.value < q.low) {
                return fail("low", "must not be greater than value", ctx);
            }
            if (q.value != null && q.high != null && q.value > q.high) {
                return fail("high", "must not be less than value", ctx);
            }
            return true;
        }

        /**
         * The figure an approximation needs and lacks, as {property, message}, or null: the one rule for a new
         * figure and for a patched one.
         */
        public static String[] missing(Approximation a, Double value, Double low, Double high) {
            return switch (a) {
                case EXACT, ABOUT, NEARLY -> value == null ? new String[] { "value", "is required for " + a } : null;
                case AT_LEAST -> value == null && low == null ? new String[] { "low", "value or low is required for AT_LEAST" } : null;
                case AT_MOST -> value == null && high == null ? new String[] { "high", "value or high is required for AT_MOST" } : null;
                case RANGE, ORDER_OF_MAGNITUDE -> low == null ? new String[] { "low", "is required for " + a }
                        : high == null ? new String[] { "high", "is required for " + a } : null;
            };
        }

        private static boolean finite(Double d, String property, ConstraintValidatorContext ctx) {
            return d == null || Double.isFinite(d) || fail(property, "must be a finite number", ctx);
        }

        private static boolean require(Double d, String property, String message, ConstraintValidatorContext ctx) {
            return d != null || fail(property, message, ctx);
        }

        static boolean fail(String property, String message, ConstraintValidatorContext ctx) {
            ctx.buildConstraintViolationWithTemplate(message).addPropertyNode(property).addConstraintViolation();
            return false;
        }
    }
}
