package org.newsroom.facts.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.newsroom.facts.shared.DatabaseNotifications;
import org.newsroom.facts.shared.MutationCompleted;
import org.newsroom.facts.shared.ReadReplicaConfig;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Readers' GET responses, each kept with the cache tags of what it is made of (the facts, sources and places it
 * prints, and the lists a change could enter), until a committed write changes one of them. The database announces
 * every such write with its tags (NOTIFY, V7__cache_tags.sql), to every instance; drafts, pending corrections and
 * persisted queries announce nothing, so editors at work drop nothing readers see. A response computed while one of
 * its tags was dropped is not kept. A mutation of this instance waits, before its answer leaves, until the
 * instance has heard its announcements (a NOTIFY of its own sent after the commit comes back after them: PostgreSQL
 * delivers notifications in commit order), so no reader here gets an older answer once the write has returned.
 * With a read replica, entries also expire after max-age seconds: the replica may not have replayed the write yet.
 */
@ApplicationScoped
public class ResponseCache {

    private static final Logger LOG = Logger.getLogger(ResponseCache.class);
    private static final Duration BARRIER_WAIT = Duration.ofSeconds(2);

    /** The key of one response: document, operation (for a reader document: its variant), variables and media type. */
    public record Key(String query, String operationName, String variables, String mediaType) {
    }

    /**
     * A cached response body with its strong entity tag, its cache tags (and their Surrogate-Key header), and the
     * cache's clock when its computation began.
     */
    public record Entry(String body, String etag, Set<String> tags, String surrogateKey, long since) {
    }

    private final AtomicLong clock = new AtomicLong();
    private volatile long droppedAllAt;
    /** The clock of each tag's last drop, kept while a response begun before it could still be computed. */
    private final Cache<String, Long> recentDrops;
    private final Cache<Key, Entry> entries;
    private final Map<String, CompletableFuture<Void>> barriers = new ConcurrentHashMap<>();
    private final boolean enabled;
    private final CdnPurge purge;
    private final AgroalDataSource database;
    private final Counter hits;
    private final Counter misses;

    @Inject
    public ResponseCache(DeliveryConfig config, ReadReplicaConfig replica, CdnPurge purge, AgroalDataSource database,
            MeterRegistry registry) {
        this.enabled = config.cache().enabled();
        this.purge = purge;
        this.database = database;
        Caffeine<Object, Object> builder = Caffeine.newBuilder().maximumWeight(config.cache().maxBytes());
        if (replica.configured()) {
            builder.expireAfterWrite(Duration.ofSeconds(Math.max(1, config.maxAgeSeconds())));
        }
        this.entries = org.newsroom.facts.shared.Caches.build(
                builder.<Key, Entry>weigher((k, e) -> e.body().length() + k.query().length() + e.surrogateKey().length() + 64));
        this.recentDrops = org.newsroom.facts.shared.Caches.build(Caffeine.newBuilder().expireAfterWrite(config.requestTimeout().multipliedBy(3)));
        this.hits = Counter.builder("newsroom.reader.cache").tag("result", "hit").description("Readers' GET queries answered from the cache")
                .register(registry);
        this.misses = Counter.builder("newsroom.reader.cache").tag("result", "miss").description("Readers' GET queries computed")
                .register(registry);
    }

    public boolean enabled() {
        return enabled;
    }

    /** The clock a response about to be computed begins at. */
    public long now() {
        return clock.get();
    }

    /** The cached response of the key, if no write changed what it is made of. */
    public Entry get(Key key) {
        Entry e = entries.getIfPresent(key);
        (e == null ? misses : hits).increment();
        return e;
    }

    /** Keeps a response, unless one of its tags was dropped since its computation began. */
    public void put(Key key, Entry entry) {
        if (!enabled || outdated(entry)) {
            return;
        }
        entries.put(key, entry);
        if (outdated(entry)) { // a drop that ran while the entry went in
            entries.asMap().remove(key, entry);
        }
    }

    private boolean outdated(Entry entry) {
        if (droppedAllAt > entry.since()) {
            return true;
        }
        for (String tag : entry.tags()) {
            Long at = recentDrops.getIfPresent(tag);
            if (at != null && at > entry.since()) {
                return true;
            }
        }
        return false;
    }

    /** Drops the responses that depend on any of the tags, here and (when configured) in the CDN. */
    public void drop(Collection<String> tags) {
        Set<String> dropped = Set.copyOf(tags);
        long tick = clock.incrementAndGet();
        dropped.forEach(tag -> recentDrops.put(tag, tick));
        entries.asMap().values().removeIf(e -> e.tags().stream().anyMatch(dropped::contains));
        purge.purge(dropped);
    }

    /** Drops every response: what changed is not known. */
    public void dropAll() {
        droppedAllAt = clock.incrementAndGet();
        entries.invalidateAll();
        purge.purgeAll();
    }

    void onMutation(@Observes MutationCompleted mutation) {
        awaitOwnAnnouncements();
    }

    /** Sends a NOTIFY of its own after the mutation's commit and waits until the listener hears it. */
    private void awaitOwnAnnouncements() {
        String id = UUID.randomUUID().toString();
        CompletableFuture<Void> heard = new CompletableFuture<>();
        barriers.put(id, heard);
        try (Connection c = database.getConnection();
                PreparedStatement notify = c.prepareStatement("select pg_notify('" + DatabaseNotifications.BARRIER + "', ?)")) {
            notify.setString(1, id);
            notify.execute();
            heard.get(BARRIER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (SQLException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.debugf("The database's announcements were not heard in time (%s); every cached response is dropped", e.getClass().getSimpleName());
            dropAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            dropAll();
        } finally {
            barriers.remove(id);
        }
    }

    void onDatabaseNotice(@Observes DatabaseNotifications.Notice notice) {
        switch (notice.channel()) {
            case DatabaseNotifications.CONTENT -> {
                if (notice.payload() == null || notice.payload().isBlank()) {
                    dropAll();
                } else {
                    drop(Arrays.stream(notice.payload().trim().split("\\s+")).collect(Collectors.toSet()));
                }
            }
            case DatabaseNotifications.BARRIER -> {
                CompletableFuture<Void> heard = barriers.get(notice.payload());
                if (heard != null) {
                    heard.complete(null);
                }
            }
            case DatabaseNotifications.RECONNECTED -> dropAll(); // notices may have been missed
            default -> {
            }
        }
    }
}
