package org.newsroom.facts.statistic;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.newsroom.facts.fact.PeriodValue;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A CHANGE statistic has a baseline, only a CHANGE has one, and the baseline ends (or, without an end, starts)
 * before the period starts. Patches are held to the same rules once applied (StatisticService.apply).
 */
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
            if (s.baseline != null && !endsBefore(s.baseline.end, s.baseline.start, s.period == null ? null : PeriodValue.of(s.period, null))) {
                ctx.buildConstraintViolationWithTemplate("must end before the period starts").addPropertyNode("baseline")
                        .addConstraintViolation();
                return false;
            }
            return true;
        }

        /** Whether a baseline (its end, else its start) lies before the period's start; true when either is unknown. */
        public static boolean endsBefore(java.time.LocalDate end, java.time.LocalDate start, PeriodValue period) {
            java.time.LocalDate last = end != null ? end : start;
            return last == null || period == null || period.start == null || last.isBefore(period.start);
        }
    }
}
