package org.newsroom.facts.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The CDN purge against a real Varnish with the xkey vmod (Debian's varnish and varnish-modules; .ci/run installs
 * them): readers' answers cached in Varnish stay there while editors write drafts, and are purged by tag when a
 * publish changes them — Varnish keeps them 300 s, so only the purge can have dropped one.
 */
@QuarkusTest
@TestProfile(CdnPurgeTest.Purging.class)
@QuarkusTestResource(value = CdnPurgeTest.Varnish.class, restrictToAnnotatedClass = true)
class CdnPurgeTest {

    static final int SERVICE_PORT = 18377;
    static final int VARNISH_PORT = 18378;

    /** The service on a fixed port (Varnish's backend), purging at Varnish. */
    public static class Purging implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.test-port", String.valueOf(SERVICE_PORT),
                    "newsroom.delivery.cache.purge-url", "http://127.0.0.1:" + VARNISH_PORT + "/");
        }
    }

    /** Starts varnishd in the foreground with the test's VCL; stops it after the test. */
    public static class Varnish implements QuarkusTestResourceLifecycleManager {
        private Process varnish;

        @Override
        public Map<String, String> start() {
            Path dir = Path.of("target/varnish").toAbsolutePath();
            try {
                Files.createDirectories(dir);
                String vcl;
                try (InputStream in = CdnPurgeTest.class.getResourceAsStream("/varnish/purge-test.vcl")) {
                    vcl = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${SERVICE_PORT}", String.valueOf(SERVICE_PORT));
                }
                Files.writeString(dir.resolve("purge-test.vcl"), vcl);
                String varnishd = Files.isExecutable(Path.of("/usr/sbin/varnishd")) ? "/usr/sbin/varnishd" : "varnishd";
                varnish = new ProcessBuilder(varnishd, "-F", "-n", dir.resolve("work").toString(), "-a", "127.0.0.1:" + VARNISH_PORT,
                        "-f", dir.resolve("purge-test.vcl").toString(), "-s", "malloc,32m")
                        .redirectErrorStream(true).redirectOutput(dir.resolve("varnishd.log").toFile()).start();
                for (int i = 0; i < 100; i++) {
                    if (Files.readString(dir.resolve("varnishd.log")).contains("Child starts")) {
                        return Map.of();
                    }
                    if (!varnish.isAlive()) {
                        break;
                    }
                    Thread.sleep(100);
                }
                throw new IllegalStateException("varnishd did not start (install varnish and varnish-modules): " + dir.resolve("varnishd.log"));
            } catch (IOException e) {
                throw new IllegalStateException("varnishd could not be started (install varnish and varnish-modules)", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void stop() {
            if (varnish != null) {
                varnish.destroy();
                try {
                    varnish.waitFor(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static Response throughVarnish(String query) {
        return given().port(VARNISH_PORT).queryParam("query", query).when().get("/graphql");
    }

    private static String draft(String origin, String destination) {
        return GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment(origin, destination)).body("errors", nullValue())
                .extract().path("data.createDeployment.id");
    }

    @Test
    void aPublishPurgesTheAnswersItChangesAndDraftsPurgeNothing() throws Exception {
        String query = "{ country(code: \"KI\") { deploymentsFrom { totalCount nodes { id } } } }";
        throughVarnish(query).then().statusCode(200).header("X-Cache", "MISS").body("data.country.deploymentsFrom.totalCount", equalTo(0));
        throughVarnish(query).then().header("X-Cache", "HIT");

        String id = draft("KI", "FJ");
        Thread.sleep(500); // a purge, were one sent, would have arrived
        throughVarnish(query).then().header("X-Cache", "HIT").body("data.country.deploymentsFrom.totalCount", equalTo(0));

        GraphQL.chief().send("mutation($id: ID!) { publishFact(id: $id, expectedVersion: 1) { status } }", "id", id)
                .body("data.publishFact.status", equalTo("PUBLISHED"));
        String cache = null;
        Integer total = null;
        for (int i = 0; i < 50 && !"MISS".equals(cache); i++) {
            Thread.sleep(100);
            Response r = throughVarnish(query);
            cache = r.header("X-Cache");
            total = r.path("data.country.deploymentsFrom.totalCount");
        }
        assertEquals("MISS", cache, "Varnish dropped the answer: the service purged its tags");
        assertEquals(1, total);
        throughVarnish(query).then().header("X-Cache", "HIT");
        assertEquals(List.of(id), throughVarnish(query).path("data.country.deploymentsFrom.nodes.id"));
    }
}
