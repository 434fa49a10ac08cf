package org.newsroom.facts.embargo;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.newsroom.facts.shared.Times;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The time embargoes are due by: the system's, moved by tests ({@link #advance}) so that they can watch an embargo
 * end without waiting for it. Nothing in production moves it.
 */
@ApplicationScoped
public class EmbargoClock {

    private volatile Duration offset = Duration.ZERO;

    public OffsetDateTime now() {
        return Times.now().plus(offset);
    }

    /** Moves this clock forward (tests). */
    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Puts this clock back to the system's time (tests). */
    public void reset() {
        offset = Duration.ZERO;
    }
}
