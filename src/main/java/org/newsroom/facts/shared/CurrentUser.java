package org.newsroom.facts.shared;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Who is calling: a reader (no token), an editor or a chief, with the name recorded on their changes. */
@RequestScoped
public class CurrentUser {

    public static final String EDITOR = "editor";
    public static final String CHIEF = "chief";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** True for editors and chiefs: they see drafts and may enter facts. */
    public boolean isEditor() {
        return !identity.isAnonymous() && (identity.hasRole(EDITOR) || identity.hasRole(CHIEF));
    }

    public boolean isChief() {
        return !identity.isAnonymous() && identity.hasRole(CHIEF);
    }

    /** The user's name: {@code preferred_username}, else {@code upn}, else {@code sub}. */
    public String name() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        for (String claim : new String[] { "preferred_username", "upn", "sub" }) {
            Object value = token.getClaim(claim);
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return identity.getPrincipal().getName();
    }

    /** Fails unless the caller is an editor or a chief. */
    public String requireEditor() {
        if (identity.isAnonymous()) {
            throw new UnauthenticatedException("Sign in as an editor or chief to do this");
        }
        if (!isEditor()) {
            throw new ForbiddenException("Only editors and chiefs may do this");
        }
        return name();
    }

    /** Fails unless the caller is a chief. */
    public String requireChief() {
        if (identity.isAnonymous()) {
            throw new UnauthenticatedException("Sign in as a chief to do this");
        }
        if (!isChief()) {
            throw new ForbiddenException("Only chiefs may do this");
        }
        return name();
    }
}
