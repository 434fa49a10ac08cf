package org.newsroom.facts.country;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An ISO 3166-1 alpha-2 or alpha-3 code of a known country, in any case; null passes. */
@Documented
@Constraint(validatedBy = CountryCode.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface CountryCode {

    String message() default "is not an ISO 3166-1 alpha-2 or alpha-3 country code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Looks the code up in {@link Countries}. */
    class Validator implements ConstraintValidator<CountryCode, String> {

        @Override
        public boolean isValid(String code, ConstraintValidatorContext ctx) {
            return code == null || Countries.find(code).isPresent();
        }
    }
}
