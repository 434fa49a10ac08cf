package org.newsroom.facts.delivery;

import java.util.HexFormat;
import java.util.regex.Pattern;

import org.newsroom.facts.shared.Times;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Automatic persisted queries (Apollo APQ): documents stored under their sha256 hash in PostgreSQL, so that every
 * instance knows them and they survive restarts, with the most used ones also kept in memory — bounded in bytes,
 * not entries, so that large documents cannot fill the heap.
 */
@ApplicationScoped
public class PersistedQueryService {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private final PersistedQueryRepository repository;
    private final Cache<String, String> local;

    @Inject
    public PersistedQueryService(PersistedQueryRepository repository, DeliveryConfig config) {
        this.repository = repository;
        this.local = org.newsroom.facts.shared.Caches.build(Caffeine.newBuilder().maximumWeight(config.persistedQueries().cachedBytes())
                .<String, String>weigher((hash, query) -> weight(query)));
    }

    /** The hashes used since the last {@link #prune}, so that a document in use is never pruned (at most 100,000). */
    private final java.util.Set<String> used = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The document of the hash if this instance has it in memory (no I/O), else null. */
    public String cached(String sha256) {
        String key = sha256.toLowerCase();
        String query = local.getIfPresent(key);
        if (query != null && used.size() < 100_000) {
            used.add(key);
        }
        return query;
    }

    /**
     * Records which documents this instance used since the last time, then deletes those no instance has used for
     * {@code keep} (APQ clients register a pruned one again when they are told it is not found).
     *
     * @return how many were deleted
     */
    @Transactional
    @jakarta.enterprise.context.control.ActivateRequestContext // the retention timer's thread has none (and so no tenant)
    public long prune(java.time.Duration keep) {
        java.util.List<String> recently = java.util.List.copyOf(used);
        used.removeAll(recently);
        if (!recently.isEmpty()) {
            repository.update("lastUsedOn = current_date where sha256 in ?1", recently);
        }
        return repository.delete("lastUsedOn < ?1", java.time.LocalDate.now().minusDays(keep.toDays()));
    }

    /** The document stored under the hash, or null (reads the database when it is not in memory). */
    @Transactional
    public String find(String sha256) {
        String key = sha256.toLowerCase();
        String query = local.getIfPresent(key);
        if (query == null) {
            query = repository.findQueryByHash(key);
            if (query != null) {
                local.put(key, query);
            }
        }
        return query;
    }

    /** Stores a document under its hash (which the caller has checked with {@link #hashMatches}). */
    @Transactional
    public void register(String sha256, String query) {
        String key = sha256.toLowerCase();
        if (local.getIfPresent(key) == null) {
            repository.insertIfAbsent(key, query, Times.now());
            local.put(key, query);
        }
    }

    /** What a document held in memory costs: two bytes a char at most, plus the hash and the entry. */
    static int weight(String query) {
        return 2 * query.length() + 160;
    }

    /** Whether the string is a sha256 hash in hex. */
    public static boolean wellFormed(String sha256) {
        return sha256 != null && SHA256.matcher(sha256).matches();
    }

    /** Whether the hash is the sha256 of the document's UTF-8 bytes. */
    public static boolean hashMatches(String sha256, String query) {
        return sha256(query).equalsIgnoreCase(sha256);
    }

    /** The sha256 of the text's UTF-8 bytes, in lower-case hex. */
    public static String sha256(String text) {
        return HexFormat.of().formatHex(Digests.sha256(text));
    }
}
