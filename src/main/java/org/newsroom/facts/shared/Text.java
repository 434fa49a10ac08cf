package org.newsroom.facts.shared;

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
 * Text a person typed: when present it is not blank (nor made only of invisible characters), and holds no control characters (no NUL, none of C0 or C1;
 * tab and line breaks, U+2028 and U+2029 among them, only where {@link #multiLine()}) and no lone surrogates. A single-line text (names, titles,
 * units, URLs) has no bidirectional overrides or isolates either (U+202A–U+202E, U+2066–U+2069), which could make a
 * printed name read differently from what is stored. Absent text (null) is for {@code @NotNull} to judge.
 */
@Documented
@Constraint(validatedBy = Text.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Text {

    /** Whether tabs and line breaks are allowed (notes, statements, reasons); bidi controls are then allowed too. */
    boolean multiLine() default false;

    String message() default "is not valid text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator behind {@link Text}. */
    class Validator implements ConstraintValidator<Text, String> {

        private boolean multiLine;

        @Override
        public void initialize(Text annotation) {
            this.multiLine = annotation.multiLine();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext ctx) {
            String problem = problem(value, multiLine);
            if (problem == null) {
                return true;
            }
            ctx.disableDefaultConstraintViolation();
            ctx.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }

        /**
         * Whether the text shows nothing: only white space and Unicode's default-ignorable code points (zero-width
         * spaces and joiners, U+FEFF, variation selectors, the Hangul fillers …), as ICU knows them.
         */
        static boolean invisible(String value) {
            return value.codePoints().allMatch(cp -> com.ibm.icu.lang.UCharacter.isUWhiteSpace(cp)
                    || com.ibm.icu.lang.UCharacter.hasBinaryProperty(cp, com.ibm.icu.lang.UProperty.DEFAULT_IGNORABLE_CODE_POINT));
        }

        /** What is wrong with the text, or null when nothing is (or it is null). */
        public static String problem(String value, boolean multiLine) {
            if (value == null) {
                return null;
            }
            if (invisible(value)) {
                return "must not be blank";
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return "must not contain a lone surrogate (at " + i + ")";
                } else if (c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                    if (!multiLine) {
                        return "must be a single line (no tab or line break, at " + i + ")";
                    }
                } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                    return "must not contain control characters (U+" + String.format("%04X", (int) c) + " at " + i + ")";
                } else if (!multiLine && ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))) {
                    return "must not contain bidirectional override characters (U+" + String.format("%04X", (int) c) + " at " + i + ")";
                }
            }
            return null;
        }
    }

}
