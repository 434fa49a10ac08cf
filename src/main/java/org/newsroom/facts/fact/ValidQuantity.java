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
            Approximation a = q.approximation == null ? Approximation.EXACT : q.approximation;
            switch (a) {
                case EXACT, ABOUT, NEARLY -> ok = require(q.value, "value", "is required for " + a, ctx);
                case AT_LEAST -> ok = q.value != null || q.low != null || fail("low", "value or low is required for AT_LEAST", ctx);
                case AT_MOST -> ok = q.value != null || q.high != null || fail("high", "value or high is required for AT_MOST", ctx);
                case RANGE, ORDER_OF_MAGNITUDE -> ok = require(q.low, "low", "is required for " + a, ctx)
                        & require(q.high, "high", "is required for " + a, ctx);
            }
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
