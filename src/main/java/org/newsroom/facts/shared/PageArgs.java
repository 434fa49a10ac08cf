package org.newsroom.facts.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The {@code first}/{@code after} arguments of a Relay connection, checked: {@code first} between 0 and 100,
 * {@code after} an opaque cursor made by {@link #cursor(String...)}.
 */
public record PageArgs(int first, List<String> after) {

    public static final int MAX_FIRST = 100;
    private static final String SEP = "\u001f";

    /**
     * @param kind the kind of cursor expected (a cursor of another list is refused)
     * @param parts how many parts a cursor of this kind has
     */
    public static PageArgs of(Integer first, String after, int defaultFirst, String kind, int parts) {
        int n = first == null ? defaultFirst : first;
        if (n < 0 || n > MAX_FIRST) {
            throw new BadUserInputException("first must be between 0 and " + MAX_FIRST, "first");
        }
        return new PageArgs(n, after == null ? null : decode(after, kind, parts));
    }

    /** The keyset (instant, id) of a cursor made by {@code cursor(kind, instant, id)}, or null without one; BAD_USER_INPUT if malformed. */
    public TimeKeyset timeKeyset() {
        if (!hasAfter()) {
            return null;
        }
        try {
            return new TimeKeyset(java.time.OffsetDateTime.parse(after.get(0)), Ids.fromCursor(after.get(1)));
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadUserInputException("after is not a cursor of this list", "after");
        }
    }

    /** The position after which a list ordered by (instant, id) continues. */
    public record TimeKeyset(java.time.OffsetDateTime at, Long id) {
    }

    public boolean hasAfter() {
        return after != null;
    }

    /** Makes an opaque cursor from a kind tag and the keys of a row. */
    public static String cursor(String kind, String... keys) {
        String raw = kind + SEP + String.join(SEP, keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> decode(String cursor, String kind, int parts) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> all = List.of(raw.split(SEP, -1));
            if (all.size() == parts + 1 && all.get(0).equals(kind)) {
                return all.subList(1, all.size());
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new BadUserInputException("after is not a cursor of this list", "after");
    }
}
