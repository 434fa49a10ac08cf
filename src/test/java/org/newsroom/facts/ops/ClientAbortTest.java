package org.newsroom.facts.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Clients that hang up are normal: heavy queries aborted at random moments while others run normally leave every
 * normal answer complete, no ERROR in the log, the pool's active connections back at zero, and an abort count.
 */
@QuarkusTest
class ClientAbortTest {

    static final String HEAVY = "{ countries(first: 100) { nodes { name deploymentsFrom(first: 20) { totalCount nodes { summary attribution } } "
            + "statistics(first: 20) { totalCount nodes { summary } } } } }";

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void abortedRequestsStopQuietly() throws Exception {
        AtomicInteger errors = new AtomicInteger();
        List<String> messages = new ArrayList<>();
        Handler counter = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.incrementAndGet();
                    synchronized (messages) {
                        messages.add(record.getLoggerName() + ": " + record.getMessage());
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(counter);
        double stoppedBefore = stopped();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Random random = new Random(42);
            List<Future<?>> work = new ArrayList<>();
            byte[] request = request(HEAVY);
            for (int i = 0; i < 150; i++) {
                int delay = random.nextInt(40);
                work.add(pool.submit(() -> abort(request, delay)));
                if (i % 5 == 0) {
                    work.add(pool.submit(() -> GraphQL.reader().send(HEAVY).body("errors", nullValue())
                            .body("data.countries.nodes.size()", equalTo(100))));
                }
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        long active = -1;
        for (int i = 0; i < 50 && active != 0; i++) {
            Thread.sleep(100);
            active = dataSource.getMetrics().activeCount();
        }
        root.removeHandler(counter);
        assertEquals(0, active, "the pool's active connections return to zero");
        assertEquals(0, errors.get(), () -> "ERROR lines: " + messages);
        assertTrue(stopped() > stoppedBefore, "some requests were stopped mid-way (and counted)");
        // positive control of the pool metric: it counts a connection while one is held
        try (var c = dataSource.getConnection()) {
            assertEquals(1, dataSource.getMetrics().activeCount());
        }
    }

    private byte[] request(String query) {
        String body = "{\"query\":\"" + query.replace("\"", "\\\"") + "\"}";
        return ("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    private Void abort(byte[] request, int delayMs) throws Exception {
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoLinger(true, 0);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            Thread.sleep(delayMs);
        }
        return null;
    }

    private static double stopped() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        double total = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("graphql_requests_stopped_total") && line.contains("reason=\"client_gone\"")) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }
}
