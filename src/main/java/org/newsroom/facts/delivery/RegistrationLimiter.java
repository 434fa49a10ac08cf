package org.newsroom.facts.delivery;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * How many persisted documents one client may register: {@code registrations-per-minute} per client address, in
 * windows of a minute that start at the client's first registration. Behind a proxy the address is the one the
 * proxy forwards (with {@code quarkus.http.proxy.proxy-address-forwarding=true}).
 */
@ApplicationScoped
public class RegistrationLimiter {

    private final int perMinute;
    private final Cache<String, AtomicInteger> windows = org.newsroom.facts.shared.Caches.build(Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(100_000));

    @Inject
    public RegistrationLimiter(DeliveryConfig config) {
        this.perMinute = config.persistedQueries().registrationsPerMinute();
    }

    /** Counts one registration of the client; false when it has had its share this minute. */
    public boolean admit(String client) {
        return windows.get(client, c -> new AtomicInteger()).incrementAndGet() <= perMinute;
    }
}
