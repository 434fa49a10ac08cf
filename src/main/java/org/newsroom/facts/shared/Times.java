package org.newsroom.facts.shared;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The current instant at PostgreSQL's precision (microseconds, UTC), so stored and returned values agree. */
public final class Times {

    private Times() {
    }

    /** A timestamp column as a JDBC driver or Hibernate hands it over (OffsetDateTime, Instant or Timestamp). */
    public static OffsetDateTime of(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        java.time.Instant instant = value instanceof java.time.Instant i ? i : ((java.sql.Timestamp) value).toInstant();
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
