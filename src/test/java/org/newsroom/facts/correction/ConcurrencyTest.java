package org.newsroom.facts.correction;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.Corrections;
import org.newsroom.facts.support.GraphQL;
import org.newsroom.facts.support.Inputs;
import org.newsroom.facts.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Many writers at once against one fact: exactly the expected ones win, the others get CONFLICT, revision
 * numbers have no gaps or duplicates, and no approved change is lost.
 */
@QuarkusTest
class ConcurrencyTest {

    private static final Logger LOG = Logger.getLogger(ConcurrencyTest.class);
    private static final String UPDATE = "mutation($id: ID!, $n: String) { updateDeployment(id: $id, expectedVersion: 1, input: { notes: $n }) { version } }";

    /** Runs the tasks at the same moment on their own threads and returns their results. */
    private static <T> List<T> together(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String code(io.restassured.response.ValidatableResponse r) {
        return r.extract().path("errors[0].extensions.code");
    }

    @Test
    void concurrentDraftEditsOnTheSameVersion() throws Exception {
        String id = GraphQL.editor().send(Inputs.CREATE_DEPLOYMENT, "input", Inputs.deployment("BZ", "MX"))
                .extract().path("data.createDeployment.id");
        int writers = 12;
        List<String> outcomes = together(IntStream.range(0, writers).<Callable<String>> mapToObj(i -> () -> {
            String c = code(GraphQL.as(Tokens.editor("writer" + i)).send(UPDATE, "id", id, "n", "writer " + i));
            return c == null ? "WON:" + i : c;
        }).toList());
        List<String> won = outcomes.stream().filter(o -> o.startsWith("WON:")).toList();
        LOG.infof("Concurrent draft edits: %d writers, %d won, %d CONFLICT", writers, won.size(),
                outcomes.stream().filter("CONFLICT"::equals).count());
        assertEquals(1, won.size(), "exactly one edit of version 1 wins: " + outcomes);
        assertEquals(writers - 1, outcomes.stream().filter("CONFLICT"::equals).count(), outcomes.toString());
        String winner = "writer " + won.get(0).substring(4);
        GraphQL.editor().send("query($id: ID!) { deployment(id: $id) { version notes history { number } } }", "id", id)
                .body("data.deployment.version", org.hamcrest.Matchers.equalTo(2))
                .body("data.deployment.notes", org.hamcrest.Matchers.equalTo(winner))
                .body("data.deployment.history.number", org.hamcrest.Matchers.contains(1, 2));
    }

    @Test
    void concurrentApprovalsLoseNoChangeAndLeaveNoGaps() throws Exception {
        String id = Corrections.published("BS");
        int editors = 6;
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        Map<Integer, Integer> approvedAtVersion = new ConcurrentHashMap<>();
        // every editor wants a different headcount applied; each retries against the new version until its
        // correction is approved by a chief
        List<Boolean> done = together(IntStream.range(0, editors).<Callable<Boolean>> mapToObj(i -> () -> {
            GraphQL editor = GraphQL.as(Tokens.editor("editor" + i));
            GraphQL chief = GraphQL.as(Tokens.chief("chief" + i));
            for (int attempt = 0; attempt < 60; attempt++) {
                attempts.incrementAndGet();
                Map<String, Object> input = Corrections.correction(id, Map.of("headcount", Map.of("value", 1000 + i, "unit", "workers")));
                input.put("publicNote", "Corrected by editor " + i);
                String correction = editor.send(Corrections.SUBMIT, "in", input).body("errors", nullValue())
                        .extract().path("data.submitCorrection.id");
                var review = chief.send(Corrections.REVIEW, "id", correction, "d", "APPROVE");
                String c = code(review);
                if (c == null) {
                    int version = GraphQL.editor().send("query($id: ID!) { fact(id: $id) { version } }", "id", id)
                            .extract().path("data.fact.version");
                    approvedAtVersion.put(i, version);
                    return true;
                }
                assertEquals("CONFLICT", c, "a stale approval is CONFLICT, nothing else");
                conflicts.incrementAndGet();
            }
            return false;
        }).toList());
        LOG.infof("Concurrent corrections: %d editors, %d submissions, %d approved, %d CONFLICT (stale) approvals",
                editors, attempts.get(), approvedAtVersion.size(), conflicts.get());
        assertTrue(done.stream().allMatch(d -> d), "every editor's correction was approved in the end");
        assertEquals(editors, attempts.get() - conflicts.get(), "each approval that did not conflict took effect once");

        var history = GraphQL.editor().send(WorkflowTest.HISTORY, "id", id).body("errors", nullValue()).extract();
        List<Integer> numbers = history.path("data.fact.history.number");
        assertEquals(IntStream.rangeClosed(1, 2 + editors).boxed().toList(), numbers, "revision numbers 1..n without gaps or duplicates");
        List<String> applied = history.path("data.fact.history.findAll { it.action == 'CORRECTED' }.changes.flatten().findAll { it.field == 'headcount.value' }.to");
        assertEquals(editors, applied.size(), "one CORRECTED revision per editor");
        assertEquals(IntStream.range(0, editors).mapToObj(i -> String.valueOf(1000 + i)).sorted().toList(),
                applied.stream().sorted().toList(), "every editor's value was applied exactly once: none lost");
        GraphQL.reader().send(WorkflowTest.FACT, "id", id)
                .body("data.fact.version", org.hamcrest.Matchers.equalTo(2 + editors))
                .body("data.fact.corrections", org.hamcrest.Matchers.hasSize(editors));
    }

    @Test
    void manyChiefsApprovingOneCorrectionApplyItOnce() throws Exception {
        String id = Corrections.published("TT");
        String correction = Corrections.submit(GraphQL.editor(), Corrections.correction(id, Map.of("notes", "Once")));
        int chiefs = 8;
        List<String> outcomes = together(IntStream.range(0, chiefs).<Callable<String>> mapToObj(i -> () -> {
            String c = code(GraphQL.as(Tokens.chief("reviewer" + i)).send(Corrections.REVIEW, "id", correction, "d", "APPROVE"));
            return c == null ? "APPROVED" : c;
        }).toList());
        LOG.infof("One correction, %d chiefs at once: %s", chiefs, outcomes);
        assertEquals(1, outcomes.stream().filter("APPROVED"::equals).count(), outcomes.toString());
        assertEquals(chiefs - 1, outcomes.stream().filter("INVALID_STATE"::equals).count(), outcomes.toString());
        GraphQL.editor().send(WorkflowTest.HISTORY, "id", id).body("data.fact.history.number", org.hamcrest.Matchers.contains(1, 2, 3));
    }
}
