package org.newsroom.facts.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * Admission is fair by cost: a cheap query sent after a crowd of heavy ones (199 aliases of countries(first: 100)) that
 * fill the heavy lane's thread and queue runs in the cheap lane at once, instead of after all that were waiting before it
 * (first come, first served, 143 of 150 heavy ones were answered while it waited).
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(FairAdmissionTest.OneThread.class)
class FairAdmissionTest {

    /** One operation at a time in each lane, so that a crowd of heavy queries makes a queue on this small database. */
    public static class OneThread implements io.quarkus.test.junit.QuarkusTestProfile {
        @Override
        public java.util.Map<String, String> getConfigOverrides() {
            return java.util.Map.of("newsroom.delivery.max-concurrent-operations", "1", "newsroom.delivery.max-queued-operations", "200");
        }
    }

    @TestHTTPResource("/graphql")
    URI endpoint;
    @jakarta.inject.Inject
    OperationRunner runner;

    @Test
    void aCheapQueryDoesNotWaitBehindHeavyOnes() throws Exception {
        StringBuilder heavy = new StringBuilder("{");
        for (int i = 0; i < 199; i++) {
            heavy.append(" a").append(i).append(": countries(first: 100) { nodes { code } }");
        }
        heavy.append(" }");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<CompletableFuture<Long>> heavies = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            heavies.add(send(client, heavy.toString()));
        }
        long until = System.nanoTime() + 20_000_000_000L;
        while (runner.waiting() < 20) { // one runs, at least 20 wait
            assertTrue(System.nanoTime() < until, "heavy operations waiting: " + runner.waiting());
            Thread.sleep(1);
        }
        int waiting = runner.waiting();
        long sent = System.nanoTime();
        long cheap = send(client, "{ fact(id: \"1\") { id } }").get();
        List<Long> heavyDone = new ArrayList<>();
        for (CompletableFuture<Long> h : heavies) {
            heavyDone.add(h.get());
        }
        long done = heavyDone.stream().filter(t -> t < sent).count();
        long between = heavyDone.stream().filter(t -> t >= sent && t < cheap).count();
        // first come, first served, the cheap query would wait for all that were waiting when it came
        assertTrue(between < waiting / 2, "while the cheap query waited, " + between + " heavy ones were answered; " + waiting
                + " were waiting when it came (" + done + " answered before)");
    }

    /** POSTs the query; completes with the time its answer arrived. */
    private CompletableFuture<Long> send(HttpClient client, String query) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60)).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("query", query).encode())).build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            // a heavy one may wait past its deadline on a slow machine (503 TIMEOUT); the cheap one must be answered
            if (!(response.statusCode() == 503 && response.body().contains("TIMEOUT"))) {
                assertEquals(200, response.statusCode(), response.body());
            }
            return System.nanoTime();
        });
    }
}
