package org.newsroom.facts.delivery;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of how requests are admitted and responses delivered ({@code newsroom.delivery.*}). */
@ConfigMapping(prefix = "newsroom.delivery")
public interface DeliveryConfig {

    /**
     * Spike of issue 26, for the benchmark only: answer a reader's POST of the benchmark's country page (a) with one
     * fused SQL statement ({@link FusedCountryPage}). Off in every shipped setting.
     */
    @WithDefault("false")
    boolean spikeFusedCountryPage();

    /** Readers' operations run by plans ({@link ReadPlans}) instead of graphql-java. */
    Plans plans();

    /** Settings of the planned read path. */
    interface Plans {
        /** Whether the readers' operations a plan covers run by it; off: graphql-java runs every operation. */
        @WithDefault("true")
        boolean enabled();

        /** The most documents whose plans are kept (each with a plan per set of @skip/@include values). */
        @WithDefault("2000")
        int maxDocuments();

        /**
         * For the tests that compare the two executions: a request header {@code X-Newsroom-Execution: graphql-java}
         * makes graphql-java run it, and every answer says in that header which one ran. Off in every shipped setting.
         */
        @WithDefault("false")
        boolean executionHeader();
    }

    /** The fact box's oEmbed provider ({@code GET /oembed}, {@link FactBoxDocuments}). */
    OEmbed oembed();

    /**
     * The service's public address ({@code https://facts.example.org}), which fact boxes and oEmbed answers name
     * themselves by; unset: the address each request was made to (behind a proxy that ends TLS, that is http).
     */
    java.util.Optional<java.net.URI> publicUrl();

    /** Settings of the fact box's oEmbed answers. */
    interface OEmbed {
        /** The provider's name in every oEmbed answer. */
        @WithDefault("Newsroom Facts")
        String providerName();

        /** The width, in pixels, of an embedded box when the consumer sets no smaller maxwidth. */
        @WithDefault("640")
        int width();

        /** The height, in pixels, an embedded box is given when the consumer sets no smaller maxheight. */
        @WithDefault("320")
        int height();
    }

    /** How long shared caches (CDNs, browsers) may reuse a reader's GET response, in seconds. */
    @WithDefault("5")
    int maxAgeSeconds();

    /** The most grammar tokens a GraphQL document may have; larger documents are refused before anything runs. */
    @WithDefault("5000")
    int maxTokens();

    /**
     * The most nodes an operation may ask for, counted before it runs: every connection counts its {@code first}
     * (given or default) times the size of the lists it sits in; other lists count {@link #assumedListSize()}.
     */
    @WithDefault("20000")
    long maxNodes();

    /**
     * How deeply an operation may nest fields (counted as graphql-java's MaxQueryDepthInstrumentation counts them);
     * beyond: QUERY_TOO_DEEP before any SQL.
     */
    @io.smallrye.config.WithDefault("15")
    int maxDepth();

    /** How many fields an operation may select, aliases counted (graphql-java's default complexity); beyond: QUERY_TOO_COMPLEX. */
    @io.smallrye.config.WithDefault("600")
    int maxComplexity();

    /** What a list without {@code first} (places, citations, disputes, …) counts for in {@link #maxNodes()}. */
    @WithDefault("5")
    int assumedListSize();

    /** The largest response body sent; a larger answer is replaced by a RESPONSE_TOO_LARGE error. */
    @WithDefault("4194304")
    long maxResponseBytes();

    /** How long an operation may run before it is answered with TIMEOUT (and its remaining fields are skipped). */
    @WithDefault("10s")
    Duration requestTimeout();

    /** How many operations run at once (each on a thread of its own); more wait, in arrival order. */
    @WithDefault("8")
    int maxConcurrentOperations();

    /**
     * Operations that ask for at most this many nodes (a fact box, a country page) run in a lane of their own, so that a
     * crowd of heavy ones (which get half the threads) never holds them up.
     */
    @WithDefault("1000")
    long cheapNodes();

    /** How many operations may wait for a thread; beyond, a request is answered OVERLOADED (HTTP 503) at once. */
    @WithDefault("200")
    int maxQueuedOperations();

    /**
     * Trusted documents only: readers (requests without a token) may run only documents that editors or chiefs
     * have registered as persisted queries; anything else is TRUSTED_DOCUMENT_REQUIRED.
     */
    @WithDefault("false")
    boolean trustedDocumentsOnly();

    /** The in-service cache of readers' GET responses. */
    Cache cache();

    /** Automatic persisted queries. */
    PersistedQueries persistedQueries();

    /** Subscriptions over WebSocket (graphql-transport-ws, graphql-ws). */
    WebSockets webSockets();

    /** The bounds of subscriptions over WebSocket: what one connection and one client address may hold. */
    interface WebSockets {
        /** How many operations one connection may run at once; one more is answered TOO_MANY_SUBSCRIPTIONS. */
        @WithDefault("25")
        int maxSubscriptionsPerConnection();

        /**
         * How many WebSocket connections one client address may hold open; one more is closed at once with 1013
         * (try again later). A newsroom behind one NAT address shares it: raise it there.
         */
        @WithDefault("100")
        int maxConnectionsPerAddress();

        /** How long a new connection may take to send connection_init; then it is closed with 4408. */
        @WithDefault("3s")
        Duration initTimeout();
    }

    /** The in-service cache of readers' GET responses: each dropped when a change it depends on commits. */
    interface Cache {
        /** Whether readers' GET responses are kept in memory between writes. */
        @WithDefault("true")
        boolean enabled();

        /** The most bytes of response bodies kept (a seventh of the shipped 112 MiB heap). */
        @WithDefault("16777216")
        long maxBytes();

        /**
         * Where to send the cache tags of every change, so that a CDN drops what depends on them (Varnish with the
         * xkey vmod, Fastly's purge by surrogate key, …); absent: no purge is sent.
         */
        java.util.Optional<java.net.URI> purgeUrl();

        /** The method of the purge request: PURGE (Varnish) or POST (Fastly's API). */
        @WithDefault("PURGE")
        String purgeMethod();

        /** The header of the purge request that carries the space-separated tags. */
        @WithDefault("Surrogate-Key")
        String purgeHeader();

        /** Further headers of the purge request (an API token), as name: value. */
        java.util.Map<String, String> purgeHeaders();

        /**
         * The longest Surrogate-Key header sent; an answer made of more tags carries only the coarse ones ("newsroom"
         * and "big", which every purge includes).
         */
        @WithDefault("6000")
        int surrogateKeyMaxBytes();
    }

    /** Automatic persisted queries (stored in PostgreSQL, with a copy in memory). */
    interface PersistedQueries {
        /** The most bytes of persisted documents each instance keeps in memory (all are in PostgreSQL). */
        @WithDefault("8388608")
        long cachedBytes();

        /** The largest document that may be registered, in bytes (UTF-8). */
        @WithDefault("32768")
        int maxDocumentBytes();

        /** How many documents one client (by address) may register per minute. */
        @WithDefault("30")
        int registrationsPerMinute();
    }
}
