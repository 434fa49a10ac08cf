package org.newsroom.facts.statistic;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A CHANGE statistic has a baseline, and a baseline ends before the period starts. */
@Documented
@Constraint(validatedBy = ValidStatistic.Validator.class)
@Target({ ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidStatistic {

    String message() default "invalid statistic";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports on {@code baseline}. */
    class Validator implements ConstraintValidator<ValidStatistic, StatisticInput> {

        @Override
        public boolean isValid(StatisticInput s, ConstraintValidatorContext ctx) {
            if (s == null || s.measure == null) {
                return true;
            }
            ctx.disableDefaultConstraintViolation();
            if (s.measure == Measure.CHANGE && s.baseline == null) {
                ctx.buildConstraintViolationWithTemplate("is required for a CHANGE").addPropertyNode("baseline").addConstraintViolation();
                return false;
            }
            if (s.measure != Measure.CHANGE && s.baseline != null) {
                ctx.buildConstraintViolationWithTemplate("is only for a CHANGE").addPropertyNode("baseline").addConstraintViolation();
                return false;
            }
            return true;
        }
    }
}
