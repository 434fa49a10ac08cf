package org.newsroom.facts.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;
import org.newsroom.facts.support.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * HTTP caching of readers' GET queries: strong ETags, 304 for If-None-Match, an in-service cache that serves
 * without SQL, and that a publish (of this instance, or of another one through PostgreSQL) empties at once.
 */
@QuarkusTest
class HttpCacheTest {

    static final String QUERY = "{ deployments(filter: { origin: \"FJ\", destination: \"TO\" }) { totalCount nodes { id status } } }";

    @Inject
    SessionFactory sessionFactory;
    @Inject
    AgroalDataSource dataSource;

    private static Response readerGet(String ifNoneMatch) {
        var request = given().queryParam("query", QUERY);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request.when().get("/graphql");
    }

    @Test
    void readersGetStrongETagsAnd304AndWritesAreSeenAtOnce() throws Exception {
        String id = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment("FJ", "TO"))
                .extract().path("data.createDeployment.id");

        Response first = readerGet(null);
        first.then().statusCode(200)
                .header("Cache-Control", "public, max-age=5")
                .header("ETag", startsWith("\""))
                .body("data.deployments.totalCount", equalTo(0));
        String etag = first.header("ETag");

        readerGet(etag).then().statusCode(304).header("ETag", etag).header("Cache-Control", "public, max-age=5")
                .body(emptyString());
        readerGet("W/" + etag + ", \"other\"").then().statusCode(304);

        sessionFactory.getStatistics().clear();
        Response cached = readerGet(null);
        cached.then().statusCode(200).header("ETag", etag);
        assertEquals(first.asString(), cached.asString());
        assertEquals(0, sessionFactory.getStatistics().getPrepareStatementCount(), "a cached answer runs no SQL");

        // the publish has returned: no reader may get the old answer any more, from the cache or by 304
        GraphQL.chief().send("mutation($id: ID!) { publishFact(id: $id, expectedVersion: 1) { status } }", "id", id)
                .body("data.publishFact.status", equalTo("PUBLISHED"));
        Response after = readerGet(etag);
        after.then().statusCode(200).body("data.deployments.totalCount", equalTo(1))
                .body("data.deployments.nodes[0].status", equalTo("PUBLISHED"));
        assertNotEquals(etag, after.header("ETag"));

        // a write another instance (or anyone) commits to the database reaches this instance through NOTIFY
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("update fact set status = 'RETRACTED' where id = ?")) {
            update.setLong(1, Long.parseLong(id));
            update.executeUpdate();
        }
        String status = null;
        for (int i = 0; i < 50 && !"RETRACTED".equals(status); i++) {
            Thread.sleep(100);
            status = readerGet(null).then().extract().path("data.deployments.nodes[0].status");
        }
        assertEquals("RETRACTED", status, "the cache was dropped when the other write committed");
    }

    @Test
    void requestsWithATokenAreNeverSharedCached() {
        Response r = given().header("Authorization", "Bearer " + Tokens.editor("erin")).queryParam("query", QUERY)
                .when().get("/graphql");
        r.then().statusCode(200).header("Cache-Control", "private, no-store").header("ETag", nullValue());
    }

    @Test
    void errorsAndPostsCarryNoETag() {
        given().queryParam("query", "{ nope }").when().get("/graphql")
                .then().statusCode(200).header("ETag", nullValue()).header("Cache-Control", "no-store");
        given().contentType("application/json").body(Map.of("query", QUERY)).when().post("/graphql")
                .then().statusCode(200).header("ETag", nullValue()).header("Cache-Control", "no-store");
        assertTrue(GraphQLEndpoint.matches("\"a\", W/\"b\"", "\"b\""));
    }

    /** One body served as application/json and as application/graphql-response+json is two representations: two ETags. */
    @Test
    void eachMediaTypeHasItsOwnETag() {
        String query = "{ countries(first: 3) { nodes { code } } }";
        Response json = given().queryParam("query", query).accept("application/json").get("/graphql");
        Response graphql = given().queryParam("query", query).accept("application/graphql-response+json").get("/graphql");
        assertEquals(json.asString(), graphql.asString(), "the same body");
        org.junit.jupiter.api.Assertions.assertNotEquals(json.header("ETag"), graphql.header("ETag"));
        given().queryParam("query", query).accept("application/graphql-response+json").header("If-None-Match", json.header("ETag"))
                .get("/graphql").then().statusCode(200).header("Content-Type", startsWith("application/graphql-response+json"));
        given().queryParam("query", query).accept("application/graphql-response+json").header("If-None-Match", graphql.header("ETag"))
                .get("/graphql").then().statusCode(304); // positive control
    }
}
