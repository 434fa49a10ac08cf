package org.newsroom.facts.support;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in for the newsroom's identity provider (no real one can run here): OpenID Connect discovery, an
 * authorization endpoint that signs in whoever {@link #nextUser} names at once, a token endpoint for the code
 * grant, and its signing key as a JWKS. It configures the service to trust it: the desk's code flow and the
 * verification of /graphql's bearer tokens, as production would. It runs before the service, outside its class
 * loader, so it writes its JSON and signs its tokens (RS256) with the JDK alone.
 */
public class MockIdentityProvider implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_ID = "newsroom-desk";
    public static final String CLIENT_SECRET = "desk-secret";

    /** Who the next sign-in is: user name and groups. */
    public static volatile Map.Entry<String, List<String>> nextUser = Map.entry("chief.ada", List.of("chief"));
    /** How many codes the token endpoint exchanged (the flow went through the provider). */
    public static volatile int exchanges;

    private final Map<String, Map.Entry<String, List<String>>> codes = new ConcurrentHashMap<>();
    private HttpServer server;
    private KeyPair keys;
    private String issuer;

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://localhost:" + server.getAddress().getPort() + "/realm";
        server.createContext("/realm/.well-known/openid-configuration", x -> json(x, 200, object(
                "issuer", issuer, "authorization_endpoint", issuer + "/authorize", "token_endpoint", issuer + "/token",
                "jwks_uri", issuer + "/jwks", "end_session_endpoint", issuer + "/logout", "response_types_supported", List.of("code"),
                "subject_types_supported", List.of("public"), "id_token_signing_alg_values_supported", List.of("RS256"))));
        server.createContext("/realm/authorize", this::authorize);
        server.createContext("/realm/token", this::token);
        server.createContext("/realm/jwks", x -> json(x, 200, jwks()));
        server.start();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.oidc.tenant-enabled", "true");
        config.put("quarkus.oidc.auth-server-url", issuer);
        config.put("quarkus.oidc.client-id", CLIENT_ID);
        config.put("quarkus.oidc.credentials.secret", CLIENT_SECRET);
        config.put("mp.jwt.verify.publickey.location", issuer + "/jwks");
        config.put("newsroom.test.identity-provider-jwks", issuer + "/jwks");
        config.put("mp.jwt.verify.issuer", issuer);
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void authorize(HttpExchange x) throws IOException {
        Map<String, String> q = query(x.getRequestURI().getRawQuery());
        if (!CLIENT_ID.equals(q.get("client_id")) || !"code".equals(q.get("response_type")) || q.get("redirect_uri") == null) {
            json(x, 400, object("error", "invalid_request"));
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, nextUser);
        String location = q.get("redirect_uri") + (q.get("redirect_uri").contains("?") ? "&" : "?") + "code=" + code
                + (q.get("state") == null ? "" : "&state=" + URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8));
        x.getResponseHeaders().add("Location", location);
        x.sendResponseHeaders(302, -1);
        x.close();
    }

    private void token(HttpExchange x) throws IOException {
        Map<String, String> form = query(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        boolean client = basic.equals(x.getRequestHeaders().getFirst("Authorization")) || CLIENT_SECRET.equals(form.get("client_secret"));
        Map.Entry<String, List<String>> user = form.get("code") == null ? null : codes.remove(form.get("code"));
        if (!client || user == null || !"authorization_code".equals(form.get("grant_type"))) {
            json(x, 400, object("error", "invalid_grant"));
            return;
        }
        exchanges++;
        long now = Instant.now().getEpochSecond();
        String sub = "idp-" + user.getKey();
        String id = sign(object("iss", issuer, "sub", sub, "aud", CLIENT_ID, "preferred_username", user.getKey(), "iat", now, "exp", now + 300));
        String access = sign(object("iss", issuer, "sub", sub, "aud", CLIENT_ID, "preferred_username", user.getKey(),
                "groups", user.getValue(), "iat", now, "exp", now + 300));
        json(x, 200, object("access_token", access, "id_token", id, "token_type", "Bearer", "expires_in", 300));
    }

    private String jwks() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        return "{\"keys\":[" + object("kty", "RSA", "kid", "mock", "use", "sig", "alg", "RS256", "n", base64url(key.getModulus()),
                "e", base64url(key.getPublicExponent())) + "]}";
    }

    /** A compact JWS, RS256, with the key id of the JWKS. */
    private String sign(String claims) {
        String signingInput = base64url(object("alg", "RS256", "typ", "JWT", "kid", "mock").getBytes(StandardCharsets.UTF_8)) + "."
                + base64url(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64url(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON object of name, value pairs: strings, numbers and lists of strings. */
    private static String object(Object... pairs) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < pairs.length; i += 2) {
            json.append(i == 0 ? "" : ",").append(string(pairs[i].toString())).append(':');
            Object value = pairs[i + 1];
            if (value instanceof Number) {
                json.append(value);
            } else if (value instanceof List<?> list) {
                json.append('[').append(String.join(",", list.stream().map(v -> string(v.toString())).toList())).append(']');
            } else {
                json.append(string(value.toString()));
            }
        }
        return json.append('}').toString();
    }

    private static String string(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String base64url(BigInteger n) {
        byte[] bytes = n.toByteArray();
        return base64url(bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes);
    }

    private static String base64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> m = new HashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                m.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return m;
    }

    private static void json(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }
}
