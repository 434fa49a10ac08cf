package org.newsroom.facts.support;

import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens signed with the development key, as an identity provider would issue them. */
public final class Tokens {

    private Tokens() {
    }

    public static String editor(String name) {
        return token(name, "editor");
    }

    public static String chief(String name) {
        return token(name, "chief");
    }

    /** A signed-in user with no newsroom role. */
    public static String noRole(String name) {
        return token(name, "subscriber");
    }

    /** A token of the given subject with the given display name (preferred_username). */
    public static String of(String subject, String displayName, String... groups) {
        return Jwt.issuer("newsroom-facts-dev").subject(subject).preferredUserName(displayName)
                .groups(Set.of(groups)).expiresIn(3600).sign();
    }

    public static String token(String name, String... groups) {
        return Jwt.issuer("newsroom-facts-dev").subject("sub-" + name).preferredUserName(name)
                .groups(Set.of(groups)).expiresIn(3600).sign();
    }
}
