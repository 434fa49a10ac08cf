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

/**
 * A count of people or things: value, low and high are never negative and at most {@code newsroom.input.max-headcount}
 * (100 million unless configured), since a larger headcount is a typing error.
 */
@Documented
@Constraint(validatedBy = NonNegativeQuantity.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface NonNegativeQuantity {

    String message() default "must not be negative";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports each negative bound on its own property. */
    class Validator implements ConstraintValidator<NonNegativeQuantity, QuantityInput> {

        /** Looked up at the first check: validators are built at static init, before the runtime config. */
        @jakarta.inject.Inject
        jakarta.enterprise.inject.Instance<InputLimits> limits;

        private volatile Double max;

        /** The configured bound, looked up at the first check (validators are built before the runtime config). */
        private double max() {
            Double m = max;
            if (m == null) {
                m = max = limits.get().maxHeadcount();
            }
            return m;
        }

        @Override
        public boolean isValid(QuantityInput q, ConstraintValidatorContext ctx) {
            if (q == null) {
                return true;
            }
            ctx.disableDefaultConstraintViolation();
            return check(q.value, "value", ctx) & check(q.low, "low", ctx) & check(q.high, "high", ctx);
        }

        private boolean check(Double d, String property, ConstraintValidatorContext ctx) {
            if (d != null && d > max()) {
                return ValidQuantity.Validator.fail(property, "must be at most " + String.format(java.util.Locale.ROOT, "%.0f",
                        max()), ctx);
            }
            return d == null || d >= 0 || ValidQuantity.Validator.fail(property, "must not be negative", ctx);
        }
    }
}
