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

/** A citation whose via source differs from its source and whose dates are in order. */
@Documented
@Constraint(validatedBy = ValidCitation.Validator.class)
@Target({ ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidCitation {

    String message() default "invalid citation";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports on {@code viaSourceId} or {@code accessedOn}. */
    class Validator implements ConstraintValidator<ValidCitation, CitationInput> {

        @Override
        public boolean isValid(CitationInput c, ConstraintValidatorContext ctx) {
            if (c == null) {
                return true;
            }
            ctx.disableDefaultConstraintViolation();
            boolean ok = true;
            if (c.viaSourceId != null && c.viaSourceId.trim().equals(c.sourceId == null ? null : c.sourceId.trim())) {
                ok = ValidQuantity.Validator.fail("viaSourceId", "must differ from sourceId", ctx);
            }
            if (c.publishedOn != null && c.accessedOn != null && c.accessedOn.isBefore(c.publishedOn)) {
                ok = ValidQuantity.Validator.fail("accessedOn", "must not be before publishedOn", ctx);
            }
            return ok;
        }
    }
}
