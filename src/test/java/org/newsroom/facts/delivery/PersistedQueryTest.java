package org.newsroom.facts.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

/** Automatic persisted queries (Apollo APQ): hash first, the document once, then the hash alone, also over GET. */
@QuarkusTest
class PersistedQueryTest {

    @Inject
    AgroalDataSource dataSource;

    /** A document no other test sent (an alias makes it unique), so that its hash is unknown at first. */
    private static String uniqueQuery() {
        return "{ q" + UUID.randomUUID().toString().replace("-", "") + ": country(code: \"KP\") { name } }";
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String extensions(String hash) {
        return "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
    }

    private static ValidatableResponse getByHash(String hash) {
        return given().queryParam("extensions", extensions(hash)).when().get("/graphql").then();
    }

    @Test
    void aHashIsUnknownUntilTheDocumentIsSentOnceThenItWorksOverGet() throws Exception {
        String query = uniqueQuery();
        String hash = sha256(query);
        String alias = query.substring(2, query.indexOf(':'));

        getByHash(hash).statusCode(200)
                .header("Cache-Control", "no-store")
                .body("data", nullValue())
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));

        given().contentType(ContentType.JSON).body(Map.of("query", query, "extensions", Map.of("persistedQuery",
                Map.of("version", 1, "sha256Hash", hash))))
                .when().post("/graphql").then().statusCode(200)
                .body("data." + alias + ".name", equalTo("North Korea"));

        getByHash(hash).statusCode(200)
                .header("Cache-Control", "public, max-age=5")
                .body("errors", nullValue())
                .body("data." + alias + ".name", equalTo("North Korea"));
        assertEquals(query, storedQuery(hash), "kept in PostgreSQL, where every instance finds it");
    }

    @Test
    void theHashIsVerifiedAndAWrongOneStoresNothing() throws Exception {
        String query = uniqueQuery();
        String wrong = sha256(query + " ");
        given().contentType(ContentType.JSON).body(Map.of("query", query, "extensions", Map.of("persistedQuery",
                Map.of("version", 1, "sha256Hash", wrong))))
                .when().post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_HASH_MISMATCH"));
        getByHash(wrong).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        assertEquals(null, storedQuery(wrong));
        getByHash("not-a-hash").statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void invalidDocumentsAreReportedAndNeverStored() throws Exception {
        String query = "{ noSuchField" + UUID.randomUUID().toString().replace("-", "") + " }";
        String hash = sha256(query);
        given().queryParam("query", query).queryParam("extensions", extensions(hash))
                .when().get("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        assertEquals(null, storedQuery(hash));
    }

    @Test
    void aDocumentAnotherInstanceStoredIsFoundWithVariablesOverGet() throws Exception {
        String query = "query Country($code: String!) { country(code: $code) { name } } # " + UUID.randomUUID();
        String hash = sha256(query);
        storeAsAnotherInstance(hash, query);
        given().queryParam("extensions", extensions(hash)).queryParam("operationName", "Country")
                .queryParam("variables", "{\"code\":\"RU\"}")
                .when().get("/graphql").then().statusCode(200)
                .body("data.country.name", equalTo("Russia"));
    }

    @Test
    void mutationsByHashAreNeverRunOverGet() throws Exception {
        String mutation = "mutation { createSource(input: { name: \"By hash over GET\", kind: OTHER }) { id } } # " + UUID.randomUUID();
        String hash = sha256(mutation);
        storeAsAnotherInstance(hash, mutation);
        getByHash(hash).statusCode(405).header("Allow", "POST");
    }

    /** Stores a document the way another instance of the service does: straight into PostgreSQL. */
    private void storeAsAnotherInstance(String hash, String query) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("insert into persisted_query (sha256, query) values (?, ?)")) {
            insert.setString(1, hash);
            insert.setString(2, query);
            insert.executeUpdate();
        }
    }

    private String storedQuery(String hash) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("select query from persisted_query where sha256 = ?")) {
            select.setString(1, hash);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
