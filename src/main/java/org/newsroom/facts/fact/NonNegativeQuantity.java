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

/** A count of people or things: value, low and high are never negative. */
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

        @Override
        public boolean isValid(QuantityInput q, ConstraintValidatorContext ctx) {
            if (q == null) {
                return true;
            }
            ctx.disableDefaultConstraintViolation();
            return check(q.value, "value", ctx) & check(q.low, "low", ctx) & check(q.high, "high", ctx);
        }

        private static boolean check(Double d, String property, ConstraintValidatorContext ctx) {
            return d == null || d >= 0 || ValidQuantity.Validator.fail(property, "must not be negative", ctx);
        }
    }
}
