package org.newsroom.facts.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Relay's global object identification, written once: an object's GraphQL type and its own id as one opaque id
 * (base64url of {@code Type:id}, no padding), unique across every type: Deployment 1 and Source 1 differ.
 */
public final class GlobalId {

    /** The longest global id read: far above any real one, so a malformed one is refused before it is decoded. */
    public static final int MAX_LENGTH = 200;
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z0-9]{0,63}");

    /** A global id read back: the type and the object's own id. */
    public record Parsed(String type, String local) {
    }

    private GlobalId() {
    }

    /** The global id of an object of that type and own id. */
    public static String of(String type, String local) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((type + ":" + local).getBytes(StandardCharsets.UTF_8));
    }

    /** The type and own id of a global id; null when it is not one. */
    public static Parsed parse(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return null;
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = text.indexOf(':');
        if (colon < 1 || colon == text.length() - 1 || !TYPE.matcher(text.substring(0, colon)).matches() || !of(text.substring(0, colon),
                text.substring(colon + 1)).equals(id)) {
            return null; // not one this service wrote (other padding, other alphabet)
        }
        return new Parsed(text.substring(0, colon), text.substring(colon + 1));
    }
}
