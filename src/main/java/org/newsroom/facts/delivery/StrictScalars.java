package org.newsroom.facts.delivery;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.UnaryOperator;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.scalar.GraphQLScalarTypes;
import io.smallrye.graphql.spi.EventingService;

/**
 * Puts strict input scalars into the schema SmallRye builds (through its supported SPI: an {@link EventingService}
 * that its ServiceLoader creates when the schema bootstrap starts), since SmallRye's own let bad values through: its {@code Int} wraps literals beyond
 * 32 bits around (4294967297 became 1), its {@code Float} takes 1e309 as infinity, and its {@code Date} and
 * {@code DateTime} accept impossible dates that fail only later, as an "Unknown Scalar Type" error. Here {@code Int}
 * must fit 32 bits, {@code Float} must be finite, and dates must be real ISO-8601 dates before
 * anything runs. The names and outputs stay as they were; {@code Date} and {@code DateTime} also say their format
 * (a description and {@code @specifiedBy} RFC 3339).
 */
public class StrictScalars implements EventingService {

    /**
     * Created by SmallRye's ServiceLoader when its schema bootstrap starts, before any type is built: puts the strict
     * scalars into SmallRye's registry under the same names (and Java classes), so that every field and argument of
     * the schema uses them.
     */
    public StrictScalars() {
        for (String name : new String[] { "Int", "Float", "Date", "DateTime" }) {
            GraphQLScalarType original = GraphQLScalarTypes.getScalarByName(name);
            GraphQLScalarType strict = original == null ? null : replacement(original);
            if (strict != null) {
                for (String type : CLASSES.get(name)) {
                    GraphQLScalarTypes.registerCustomScalar(name, type, strict);
                }
            }
        }
    }

    private static final java.util.Map<String, String[]> CLASSES = java.util.Map.of(
            "Int", new String[] { Integer.class.getName(), int.class.getName() },
            "Float", new String[] { Double.class.getName(), double.class.getName(), Float.class.getName(), float.class.getName() },
            "Date", new String[] { LocalDate.class.getName() },
            "DateTime", new String[] { OffsetDateTime.class.getName() });

    /** Always on: no configuration key. */
    @Override
    public String getConfigKey() {
        return null;
    }

    private static GraphQLScalarType replacement(GraphQLScalarType scalar) {
        return switch (scalar.getName()) {
            case "Int" -> checked(scalar, "a 32-bit integer", value -> {
                java.math.BigInteger n = value instanceof graphql.language.IntValue i ? i.getValue()
                        : value instanceof java.math.BigInteger b ? b
                        : value instanceof Long || value instanceof Integer || value instanceof Short ? java.math.BigInteger.valueOf(((Number) value).longValue())
                        : null;
                if (value instanceof Number d && n == null && (d.doubleValue() != Math.rint(d.doubleValue()) || Math.abs(d.doubleValue()) > Integer.MAX_VALUE)) {
                    throw new IllegalArgumentException("not a 32-bit integer");
                }
                if (n != null && (n.compareTo(java.math.BigInteger.valueOf(Integer.MIN_VALUE)) < 0 || n.compareTo(java.math.BigInteger.valueOf(Integer.MAX_VALUE)) > 0)) {
                    throw new IllegalArgumentException("not a 32-bit integer");
                }
                return value;
            });
            case "Float" -> checked(scalar, "a finite number", value -> {
                if (value instanceof Number n && !Double.isFinite(n.doubleValue())) {
                    throw new IllegalArgumentException("not a finite number");
                }
                return value;
            });
            case "Date" -> checked(described(scalar, DATE), "a date YYYY-MM-DD between the years 1 and 9999", value -> {
                saneYear(value instanceof LocalDate d ? d.getYear() : LocalDate.parse(text(value)).getYear());
                return value;
            });
            case "DateTime" -> checked(described(scalar, DATE_TIME), "a date and time with offset between the years 1 and 9999, e.g. 2026-11-28T09:30:00Z", value -> {
                saneYear(value instanceof OffsetDateTime t ? t.getYear() : OffsetDateTime.parse(text(value)).getYear());
                return value;
            });
            default -> null;
        };
    }

    /** Where RFC 3339 defines full-date and date-time: the format every date of the API is written in. */
    static final String RFC3339 = "https://www.rfc-editor.org/rfc/rfc3339#section-5.6";
    static final String DATE = "A calendar date as RFC 3339 writes a full-date (ISO 8601): YYYY-MM-DD, years 1 to 9999, e.g. 2025-05-08. "
            + "A fact's period says how much of it is known (a year, a month, a day).";
    static final String DATE_TIME = "A point in time as RFC 3339 writes a date-time, with its offset: e.g. 2026-11-28T09:30:00Z or "
            + "2026-11-28T10:30:00+01:00; years 1 to 9999.";

    /** A date scalar that says its format: a description and @specifiedBy(url:) RFC 3339. */
    private static GraphQLScalarType described(GraphQLScalarType scalar, String description) {
        return scalar.transform(b -> b.description(description).specifiedByUrl(RFC3339));
    }

    /** Dates from year 1 to 9999 (four digits, as ISO 8601 writes them without agreement; PostgreSQL and every client hold them). */
    private static void saneYear(int year) {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " is out of range");
        }
    }

    private static String text(Object value) {
        if (value instanceof StringValue s) {
            return s.getValue();
        }
        if (value instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("not a string");
    }

    /** The scalar with its own coercing, plus a check of every input value (literal or variable) after it. */
    private static GraphQLScalarType checked(GraphQLScalarType scalar, String expected, UnaryOperator<Object> check) {
        if (scalar.getCoercing() instanceof Checked) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Coercing<Object, Object> original = (Coercing<Object, Object>) scalar.getCoercing();
        return scalar.transform(b -> b.coercing(new Checked(original, expected, check)));
    }

    /** A coercing that runs a check on input values before (dates) or after (numbers) the original one. */
    private record Checked(Coercing<Object, Object> original, String expected, UnaryOperator<Object> check)
            implements Coercing<Object, Object> {

        @Override
        public Object serialize(Object result, GraphQLContext context, Locale locale) throws CoercingSerializeException {
            return original.serialize(result, context, locale);
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) throws CoercingParseValueException {
            return checked(input, false, () -> original.parseValue(input, context, locale));
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
                throws CoercingParseLiteralException {
            return checked(input, true, () -> original.parseLiteral(input, variables, context, locale));
        }

        // the one-argument forms, which SmallRye itself still calls when it binds arguments
        @Override
        @SuppressWarnings("deprecation")
        public Object serialize(Object result) {
            return original.serialize(result);
        }

        @Override
        @SuppressWarnings("deprecation")
        public Object parseValue(Object input) {
            return checked(input, false, () -> original.parseValue(input));
        }

        @Override
        @SuppressWarnings("deprecation")
        public Object parseLiteral(Object input) {
            return checked(input, true, () -> original.parseLiteral(input));
        }

        /** Checks the input, parses it with the original coercing, checks the result; a failure names what was expected. */
        private Object checked(Object input, boolean literal, java.util.function.Supplier<Object> parse) {
            try {
                check(input);
                Object value = parse.get();
                check(value);
                return value;
            } catch (IllegalArgumentException | DateTimeParseException | graphql.schema.CoercingParseLiteralException
                    | graphql.schema.CoercingParseValueException e) { // SmallRye's own say "SRGQL000022: Can not parse …"
                throw literal ? CoercingParseLiteralException.newCoercingParseLiteralException().message("expected " + expected).build()
                        : CoercingParseValueException.newCoercingParseValueException().message("expected " + expected).build();
            }
        }

        /** Every value is checked as given, and again as the original coercing made it. */
        private Object check(Object value) {
            if (value instanceof StringValue || value instanceof String || value instanceof Number || value instanceof graphql.language.IntValue) {
                return check.apply(value);
            }
            return value;
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return original.valueToLiteral(input, context, locale);
        }

        @Override
        public String toString() {
            return "checked " + expected;
        }
    }
}
