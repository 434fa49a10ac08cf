package org.newsroom.facts.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * {@link ReadDatabase#together}: the first statements of several pieces of work reach PostgreSQL in one round trip.
 * Statements sent in one round trip run in one implicit transaction, so they see the same {@code now()}; sent one by
 * one (the control), each sees its own.
 */
@QuarkusTest
class ReadDatabaseTogetherTest {

    @Inject
    ReadDatabase db;

    /** The transaction's start and a label, after a pause, so that separate transactions cannot share a start. */
    private List<Object> stamped(String label) {
        return db.list("select now(), cast(? as text), pg_sleep(0.005)", List.of(label), rs -> List.<Object> of(rs.getObject(1, OffsetDateTime.class), rs.getString(2)))
                .get(0);
    }

    @Test
    void firstStatementsOfSeveralPiecesShareOneRoundTrip() {
        List<Object> one = new ArrayList<>(), two = new ArrayList<>(), three = new ArrayList<>();
        List<ReadDatabase.FirstPass> passes = new ArrayList<>();
        db.oneConnection(() -> db.together(List.of(() -> stamped("one"), () -> stamped("two"), () -> db.list("select 1", List.of(), rs -> 1)),
                passes, () -> {
                    one.addAll(stamped("one"));
                    two.addAll(stamped("two"));
                    three.add(db.list("select 1", List.of(), rs -> rs.getInt(1)).get(0));
                    return null;
                }));
        assertEquals(List.of(ReadDatabase.FirstPass.GATHERED, ReadDatabase.FirstPass.GATHERED, ReadDatabase.FirstPass.GATHERED), passes);
        assertEquals("one", one.get(1), "each piece gets the rows of its own statement");
        assertEquals("two", two.get(1));
        assertEquals(List.of(1), three, "rows read by the first pass's reader");
        assertEquals(one.get(0), two.get(0), "one round trip, one transaction");

        // the control: the same statements one by one
        List<Object> first = db.oneConnection(() -> stamped("one"));
        List<Object> second = db.oneConnection(() -> stamped("two"));
        assertNotEquals(first.get(0), second.get(0), "separate round trips, separate transactions");
    }

    @Test
    void aStatementNotGatheredOrWithOtherValuesRunsOnItsOwn() {
        List<ReadDatabase.FirstPass> passes = new ArrayList<>();
        List<Object> answers = db.together(List.of(() -> stamped("one"), () -> stamped("two"), () -> {
            throw new BadUserInputException("no", "field");
        }, () -> {
        }), passes, () -> List.of(stamped("one").get(1), stamped("three").get(1), stamped("two").get(1), stamped("one").get(1)));
        assertEquals(List.of(ReadDatabase.FirstPass.GATHERED, ReadDatabase.FirstPass.GATHERED, ReadDatabase.FirstPass.FAILED,
                ReadDatabase.FirstPass.NO_STATEMENT), passes);
        assertEquals(List.of("one", "three", "two", "one"), answers, "gathered rows are taken once, by equal values only");
    }

    /** The moment a statement runs (not its transaction's), after a pause. */
    private OffsetDateTime clock() {
        return db.list("select clock_timestamp(), pg_sleep(0.005)", List.of(), rs -> rs.getObject(1, OffsetDateTime.class)).get(0);
    }

    @Test
    void equalStatementsGatheredTwiceRunOnceAndEachGetsItsRows() {
        List<OffsetDateTime> twice = db.together(List.of(this::clock, this::clock), new ArrayList<>(), () -> List.of(clock(), clock()));
        assertEquals(twice.get(0), twice.get(1), "one execution read by both");
        assertNotEquals(clock(), clock(), "the control: executed twice, two moments");
    }

    @Test
    void aFailingStatementFailsTheWorkAsItWouldAlone() {
        ApiException e = assertThrows(ApiException.class, () -> db.together(
                List.of(() -> stamped("one"), () -> db.list("select 1 / cast(? as int)", List.of(0), rs -> 1)), new ArrayList<>(),
                () -> stamped("one")));
        ApiException alone = assertThrows(ApiException.class, () -> db.list("select 1 / cast(? as int)", List.of(0), rs -> 1));
        assertEquals(alone.getClass(), e.getClass(), "the error a statement alone would give");
        // afterwards, statements run as ever
        assertEquals("after", stamped("after").get(1));
    }
}
