package org.newsroom.facts.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.delivery.GraphQLWebSockets;
import org.newsroom.facts.support.LiveSockets;
import org.newsroom.facts.support.LiveSockets.Live;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;

/**
 * What a subscriber may hold and what it leaves behind: thousands of subscriptions completed and connections closed
 * leave the old generation where it was (SmallRye chained every subscription run on an event loop to the one before
 * it, so none was ever freed), liveness answers throughout; a connection holds at most 25 operations, an address at
 * most 100 connections, and a connection that does not initialise is closed with 4408.
 */
@QuarkusTest
class SubscriptionBoundsTest {

    private static final String FEED = "subscription { factChanged { event fact { id } } }";

    @TestHTTPResource("/graphql")
    URI endpoint;
    @TestHTTPResource("/q/health/live")
    URI liveness;
    @Inject
    Vertx vertx;
    @Inject
    GraphQLWebSockets server;

    @Test
    void completedSubscriptionsAndClosedConnectionsLeaveNothingBehind() throws Exception {
        LiveSockets sockets = new LiveSockets(vertx, endpoint);
        subscribeAndComplete(sockets, 10); // warm up: classes, caches and pools filled once
        connectSubscribeAndClose(sockets, 2);
        long before = oldGenerationAfterFullGc();

        AtomicLong slowest = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread probe = Thread.ofPlatform().daemon().start(() -> probeLiveness(running, slowest));
        try {
            subscribeAndComplete(sockets, 250); // 250 × 20 = 5,000 subscribe/complete cycles
            connectSubscribeAndClose(sockets, 20); // 20 × 50 = 1,000 connect/subscribe/close cycles
        } finally {
            running.set(false);
            probe.join(5_000);
        }
        awaitTrue(() -> server.openConnections() == 0 && server.activeOperations() == 0, "every connection and operation released");
        long after = oldGenerationAfterFullGc();

        assertTrue(after - before < 5L << 20, "old generation grew by " + ((after - before) >> 10) + " KiB (before "
                + (before >> 10) + " KiB, after " + (after >> 10) + " KiB)");
        assertTrue(slowest.get() < 1_000, "liveness answered within " + slowest.get() + " ms");
    }

    @Test
    void oneConnectionRunsAtMost25Operations() throws Exception {
        Live live = new LiveSockets(vertx, endpoint).connect();
        for (int i = 0; i < 25; i++) {
            live.subscribe("s" + i, FEED);
        }
        awaitTrue(() -> server.activeOperations() == 25, "25 subscriptions running");
        live.subscribe("s25", FEED);
        JsonObject refused = live.next();
        assertEquals("error", refused.getString("type"));
        assertEquals("s25", refused.getString("id"));
        JsonObject error = LiveSockets.firstError(refused);
        assertEquals("TOO_MANY_SUBSCRIPTIONS", error.getJsonObject("extensions").getString("code"));
        assertEquals(25, server.activeOperations());

        // completing one makes room for another
        live.complete("s0");
        awaitTrue(() -> server.activeOperations() == 24, "one completed");
        live.subscribe("s26", FEED);
        awaitTrue(() -> server.activeOperations() == 25, "the new one runs");
        assertNull(live.received().poll(500, TimeUnit.MILLISECONDS), "no error for the new one");
        live.close();
        awaitTrue(() -> server.activeOperations() == 0, "closing the connection ends its operations");
    }

    @Test
    void oneAddressHoldsAtMost100Connections() throws Exception {
        LiveSockets sockets = new LiveSockets(vertx, endpoint);
        List<Live> open = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                open.add(sockets.connect());
            }
            Live refused = sockets.open();
            assertEquals(1013, refused.closedWith(10), "the 101st connection is closed: try again later");

            open.remove(0).close();
            awaitTrue(() -> server.openConnections() == 99, "one closed");
            Live admitted = sockets.connect();
            open.add(admitted);
            assertFalse(admitted.closed().isDone(), "a connection is admitted again once one has closed");
        } finally {
            for (Live live : open) { // a failure here must not leave the address's connections to the next tests
                live.socket().close((short) 1000);
            }
            awaitTrue(() -> server.openConnections() == 0, "all closed");
        }
    }

    @Test
    void aConnectionThatDoesNotInitialiseIsClosedWith4408() throws Exception {
        LiveSockets sockets = new LiveSockets(vertx, endpoint);
        Live initialised = sockets.connect();
        Live silent = sockets.open();
        assertEquals(4408, silent.closedWith(10));
        Thread.sleep(1_000); // well past the 3 s the silent one had
        assertFalse(initialised.closed().isDone(), "an initialised connection stays open");
        initialised.close();
    }

    @Test
    void errorsOverWebSocketCarryCodesNotClassifications() throws Exception {
        Live live = new LiveSockets(vertx, endpoint).connect();
        live.subscribe("1", "subscription { factChanged { noSuchField } }");
        JsonObject error = LiveSockets.firstError(live.next());
        assertEquals("GRAPHQL_VALIDATION_FAILED", error.getJsonObject("extensions").getString("code"));
        assertNull(error.getJsonObject("extensions").getValue("classification"), error.encode());
        live.close();
    }

    private static void subscribeAndComplete(LiveSockets sockets, int rounds) throws Exception {
        Live live = sockets.connect();
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < 20; i++) {
                live.subscribe(round + "-" + i, FEED);
            }
            for (int i = 0; i < 20; i++) {
                live.complete(round + "-" + i);
            }
        }
        live.close();
    }

    private static void connectSubscribeAndClose(LiveSockets sockets, int rounds) throws Exception {
        for (int round = 0; round < rounds; round++) {
            List<Live> batch = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                Live live = sockets.connect();
                live.subscribe("1", FEED);
                batch.add(live);
            }
            for (Live live : batch) {
                live.close();
            }
        }
    }

    private void probeLiveness(AtomicBoolean running, AtomicLong slowest) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(liveness).timeout(Duration.ofSeconds(5)).build();
        while (running.get()) {
            long start = System.nanoTime();
            try {
                client.send(request, HttpResponse.BodyHandlers.discarding());
            } catch (Exception e) {
                slowest.set(Long.MAX_VALUE);
                return;
            }
            slowest.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The old generation's use after full collections (the whole heap where the collector has no old generation). */
    private static long oldGenerationAfterFullGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
                return pool.getUsage().getUsed();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < until, () -> what + " (open connections " + server.openConnections()
                    + ", operations " + server.activeOperations() + ")");
            Thread.sleep(20);
        }
    }
}
