package org.newsroom.facts.webhook;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

/** A local webhook receiver for tests: records every POST (headers and body); can refuse the first n with 503. */
final class Receiver implements AutoCloseable {

    /** A received POST. */
    record Received(Map<String, List<String>> headers, String body) {
        JsonObject json() {
            return new JsonObject(body);
        }

        String header(String name) {
            return headers.get(name).get(0);
        }
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger refuse = new AtomicInteger();
    /** While set, POSTs are read and recorded but never answered (a receiver that hangs). */
    final java.util.concurrent.atomic.AtomicBoolean hang = new java.util.concurrent.atomic.AtomicBoolean();
    private final HttpServer server;

    Receiver(Vertx vertx) throws Exception {
        server = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
            Map<String, List<String>> headers = new java.util.HashMap<>();
            req.headers().forEach(h -> headers.computeIfAbsent(h.getKey().toLowerCase(), k -> new java.util.ArrayList<>()).add(h.getValue()));
            received.add(new Received(headers, body.toString()));
            if (hang.get()) {
                return;
            }
            req.response().setStatusCode(refuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : 204).end();
        })).listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    String url() {
        return "http://127.0.0.1:" + server.actualPort() + "/hooks/newsroom";
    }

    /** The POSTs whose body matches, waiting up to 10 s for at least {@code count}. */
    List<Received> await(Predicate<JsonObject> which, int count) throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < end) {
            List<Received> matching = matching(which);
            if (matching.size() >= count) {
                return matching;
            }
            Thread.sleep(50);
        }
        return matching(which);
    }

    List<Received> matching(Predicate<JsonObject> which) {
        return received.stream().filter(r -> which.test(r.json())).toList();
    }

    @Override
    public void close() throws Exception {
        server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
