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

/** A period with at least one date, its start not after its end, and dates within years 1000..9999. */
@Documented
@Constraint(validatedBy = ValidPeriod.Validator.class)
@Target({ ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidPeriod {

    String message() default "invalid period";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports on {@code start} or {@code end}. */
    class Validator implements ConstraintValidator<ValidPeriod, PeriodInput> {

        @Override
        public boolean isValid(PeriodInput p, ConstraintValidatorContext ctx) {
            if (p == null) {
                return true;
            }
            ctx.disableDefaultConstraintViolation();
            if (p.start == null && p.end == null) {
                return ValidQuantity.Validator.fail("start", "start or end is required", ctx);
            }
            if (p.start != null && (p.start.getYear() < 1000 || p.start.getYear() > 9999)) {
                return ValidQuantity.Validator.fail("start", "must be between the years 1000 and 9999", ctx);
            }
            if (p.end != null && (p.end.getYear() < 1000 || p.end.getYear() > 9999)) {
                return ValidQuantity.Validator.fail("end", "must be between the years 1000 and 9999", ctx);
            }
            if (p.start != null && p.end != null && p.start.isAfter(p.end)) {
                return ValidQuantity.Validator.fail("end", "must not be before start", ctx);
            }
            return true;
        }
    }
}
