package org.newsroom.facts.shared;

/** The API's ids are opaque strings; inside they are the numeric primary keys. */
public final class Ids {

    private Ids() {
    }

    /** The key an id stands for, or null when the string cannot be an id (so it names nothing). */
    public static Long parse(String id) {
        try {
            return id == null ? null : Long.valueOf(id.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The key inside a cursor; BAD_USER_INPUT on {@code after} when it is not one. */
    public static Long fromCursor(String id) {
        Long parsed = parse(id);
        if (parsed == null) {
            throw new BadUserInputException("after is not a cursor of this list", "after");
        }
        return parsed;
    }
}
