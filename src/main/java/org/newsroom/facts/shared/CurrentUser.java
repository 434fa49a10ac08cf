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
    /** A content management system's service identity: it may only record where facts are printed. */
    public static final String CMS = "cms";

    @Inject
    SecurityIdentity identity;


    private String systemName;
    private boolean systemChief;

    /**
     * Makes the rest of this request act as a named user with the given role, for work the service does on
     * its own behalf (loading the demo data at start, where there is no HTTP request or token).
     */
    public void actAs(String name, String role) {
        this.systemName = name;
        this.systemChief = CHIEF.equals(role);
    }

    /**
     * The caller's verified token: the identity's principal (smallrye-jwt's for bearer tokens). Not an injected
     * JsonWebToken, whose producer quarkus-oidc takes over for its own (desk sign-in) tenant.
     */
    private JsonWebToken token() {
        return identity.getPrincipal() instanceof JsonWebToken token ? token : null;
    }

    private boolean anonymous() {
        return systemName == null && identity.isAnonymous();
    }

    private boolean hasRole(String role) {
        if (systemName != null) {
            return systemChief || EDITOR.equals(role);
        }
        return identity.hasRole(role);
    }

    /** True for editors and chiefs: they see drafts and may enter facts. */
    public boolean isEditor() {
        return !anonymous() && (hasRole(EDITOR) || hasRole(CHIEF));
    }

    public boolean isChief() {
        return !anonymous() && hasRole(CHIEF);
    }

    /** The user's name: {@code preferred_username}, else {@code upn}, else {@code sub}. */
    public String name() {
        if (systemName != null) {
            return systemName;
        }
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        for (String claim : new String[] { "preferred_username", "upn", "sub" }) {
            Object value = token() == null ? null : token().getClaim(claim);
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return identity.getPrincipal().getName();
    }

    /**
     * Who the caller is, for comparing people (four-eyes): the token's issuer and subject, {@code iss|sub}, which
     * no display name can imitate; {@code system|name} for work the service does itself, {@code anonymous} for
     * readers.
     */
    public String identity() {
        if (systemName != null) {
            return "system|" + systemName;
        }
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        JsonWebToken token = token();
        String subject = token != null && token.getSubject() != null ? token.getSubject() : identity.getPrincipal().getName();
        return (token == null ? "unknown" : token.getIssuer()) + "|" + subject;
    }

    /** Fails unless the caller is an editor or a chief. */
    public String requireEditor() {
        if (anonymous()) {
            throw new UnauthenticatedException("Sign in as an editor or chief to do this");
        }
        if (!isEditor()) {
            throw new ForbiddenException("Only editors and chiefs may do this");
        }
        return name();
    }

    /** Fails unless the caller may record where facts are printed: an editor, a chief, or the CMS. */
    public String requireUsageWriter() {
        return requireEditorOrCms("record where facts are printed");
    }

    /** Fails unless the caller may read where facts are printed and what those pages printed: an editor, a chief, or the CMS. */
    public String requireUsageReader() {
        return requireEditorOrCms("see where facts are printed");
    }

    private String requireEditorOrCms(String what) {
        if (anonymous()) {
            throw new UnauthenticatedException("Sign in (an editor, a chief or the CMS's service token) to do this");
        }
        if (!isEditor() && !hasRole(CMS)) {
            throw new ForbiddenException("Only editors, chiefs and the CMS may " + what);
        }
        return name();
    }

    /** Fails unless the caller is a chief. */
    public String requireChief() {
        if (anonymous()) {
            throw new UnauthenticatedException("Sign in as a chief to do this");
        }
        if (!isChief()) {
            throw new ForbiddenException("Only chiefs may do this");
        }
        return name();
    }
}
