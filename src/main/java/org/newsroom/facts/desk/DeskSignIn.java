package org.newsroom.facts.desk;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.ConfigProvider;
import org.newsroom.facts.shared.CurrentUser;

import io.quarkus.runtime.configuration.ConfigUtils;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * How people sign in to the desk. In the dev and test profiles, "Sign in as" signs a token with the development key
 * exactly as {@code deploy/dev-token.sh} does (issuer, subject, preferred_username, groups, iat, exp, jti); in any
 * other profile it does not exist. In production the newsroom's identity provider signs people in (OIDC
 * authorization code flow) and the page gets the provider's access token, which {@code /graphql} verifies like any
 * client's.
 */
@ApplicationScoped
public class DeskSignIn {

    /** The roles "Sign in as" offers. */
    public static final List<String> ROLES = List.of(CurrentUser.EDITOR, CurrentUser.CHIEF);


    @Inject
    DeskConfig config;

    /** True in the dev and test profiles only: there, and only there, "Sign in as" exists. */
    public boolean signInAsExists() {
        List<String> profiles = ConfigUtils.getProfiles();
        return profiles.contains("dev") || profiles.contains("test");
    }

    /** True when the identity provider signs people in (quarkus.oidc.tenant-enabled and its server configured). */
    public boolean identityProviderConfigured() {
        var config = ConfigProvider.getConfig();
        return config.getOptionalValue("quarkus.oidc.tenant-enabled", Boolean.class).orElse(true)
                && config.getOptionalValue("quarkus.oidc.auth-server-url", String.class).isPresent();
    }

    /** What the page offers: {@code sign-in-as} (dev, test), {@code identity-provider} (prod with OIDC), or {@code none}. */
    public Map<String, Object> options() {
        String mode = signInAsExists() ? "sign-in-as" : identityProviderConfigured() ? "identity-provider" : "none";
        return Map.of("mode", mode, "roles", signInAsExists() ? ROLES : List.of());
    }

    /** A development token for the user and role (already checked), and when it expires. */
    public SignedIn signInAs(String user, String role) {
        Instant now = Instant.now();
        Instant expires = now.plus(config.signInAsLifetime());
        String issuer = ConfigProvider.getConfig().getValue("mp.jwt.verify.issuer", String.class);
        byte[] jti = new byte[8];
        new SecureRandom().nextBytes(jti);
        String token = Jwt.issuer(issuer).subject(user).preferredUserName(user).groups(Set.of(role))
                .issuedAt(now).expiresAt(expires).claim("jti", HexFormat.of().formatHex(jti)).sign();
        return new SignedIn(token, user, List.of(role), expires);
    }

    /** The page's token from the identity provider's sign-in: its access token, with the user and roles. */
    public SignedIn fromIdentityProvider(SecurityIdentity identity) {
        var access = identity.getCredential(io.quarkus.oidc.AccessTokenCredential.class);
        if (access == null) {
            return null;
        }
        Long exp = identity.getAttribute("exp") instanceof Number n ? n.longValue() : null;
        return new SignedIn(access.getToken(), identity.getPrincipal().getName(),
                identity.getRoles().stream().filter(ROLES::contains).sorted().toList(), exp == null ? null : Instant.ofEpochSecond(exp));
    }

    /** A signed-in desk user: the bearer token for /graphql, who, with which roles, until when (null: unknown). */
    public record SignedIn(String token, String user, List<String> roles, Instant expiresAt) {

        public Map<String, Object> json() {
            return expiresAt == null ? Map.of("token", token, "user", user, "roles", roles)
                    : Map.of("token", token, "user", user, "roles", roles, "expiresAt", expiresAt.toString());
        }
    }
}
