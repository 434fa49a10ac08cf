package org.newsroom.facts.delivery;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.newsroom.facts.shared.DatabaseNotifications;
import org.newsroom.facts.shared.MutationCompleted;
import org.newsroom.facts.shared.ReadReplicaConfig;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Readers' GET responses kept in memory until the next committed write. Every entry remembers the generation it
 * was read in; a write moves the generation on, so an entry read before it (even one still being computed while
 * the write committed) is never served after it. A mutation of this instance moves it before its answer leaves;
 * writes of other instances (or straight into the database) arrive through PostgreSQL NOTIFY. With a read
 * replica, a reader's answer may come from a replica that has not replayed the latest write yet, so entries also
 * expire after max-age seconds: a stale answer lives at most that long.
 */
@ApplicationScoped
public class ResponseCache {

    /** The key of one response: document, operation, variables and media type. */
    public record Key(String query, String operationName, String variables, String mediaType) {
    }

    /** A cached response body with its strong entity tag. */
    public record Entry(String body, String etag, long generation) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final Cache<Key, Entry> entries;
    private final boolean enabled;

    @Inject
    public ResponseCache(DeliveryConfig config, ReadReplicaConfig replica) {
        this.enabled = config.cache().enabled();
        Caffeine<Object, Object> builder = Caffeine.newBuilder().maximumWeight(config.cache().maxBytes());
        if (replica.configured()) {
            builder.expireAfterWrite(Duration.ofSeconds(Math.max(1, config.maxAgeSeconds())));
        }
        this.entries = builder.<Key, Entry>weigher((k, e) -> e.body().length() + k.query().length() + 64).build();
    }

    public boolean enabled() {
        return enabled;
    }

    /** The generation a response about to be computed belongs to. */
    public long generation() {
        return generation.get();
    }

    /** The cached response of the key, if it was read after the last write. */
    public Entry get(Key key) {
        Entry e = entries.getIfPresent(key);
        return e != null && e.generation() == generation.get() ? e : null;
    }

    /** Keeps a response computed in the given generation, unless a write happened since. */
    public void put(Key key, Entry entry) {
        if (enabled && entry.generation() == generation.get()) {
            entries.put(key, entry);
        }
    }

    /** Drops every response: something readers can see may have changed. */
    public void invalidate() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }

    void onMutation(@Observes MutationCompleted mutation) {
        invalidate();
    }

    void onDatabaseNotice(@Observes DatabaseNotifications.Notice notice) {
        if (!DatabaseNotifications.FACT.equals(notice.channel())) {
            invalidate();
        }
    }
}
