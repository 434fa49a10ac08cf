package org.newsroom.facts.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tells a CDN which cached answers to drop: each change's cache tags, sent to the configured purge URL in the
 * configured header (Varnish's xkey and Fastly's Surrogate-Key conventions), asynchronously and with short timeouts,
 * so a slow or absent CDN never holds a request. Answers carry the tags "newsroom" (every answer) and, when their
 * own tags do not fit the header, "big": every purge includes "big", and a drop of everything purges "newsroom".
 */
@ApplicationScoped
public class CdnPurge {

    /** The tag of every answer. */
    static final String EVERY_ANSWER = "newsroom";
    /** The tag of answers whose own tags are too many for the header: purged with every change. */
    static final String BIG_ANSWER = "big";

    private static final Logger LOG = Logger.getLogger(CdnPurge.class);
    private static final int MAX_HEADER = 4000;

    private final DeliveryConfig.Cache config;
    private final HttpClient client;

    @Inject
    public CdnPurge(DeliveryConfig config) {
        this.config = config.cache();
        this.client = this.config.purgeUrl().isEmpty() ? null
                : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The Surrogate-Key header of an answer made of these tags. */
    String surrogateKey(Collection<String> tags) {
        String all = EVERY_ANSWER + " " + String.join(" ", tags);
        return all.length() <= config.surrogateKeyMaxBytes() ? all : EVERY_ANSWER + " " + BIG_ANSWER;
    }

    void purge(Set<String> tags) {
        Set<String> sorted = new TreeSet<>(tags);
        sorted.add(BIG_ANSWER);
        send(sorted);
    }

    void purgeAll() {
        send(List.of(EVERY_ANSWER));
    }

    private void send(Collection<String> tags) {
        if (client == null) {
            return;
        }
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (String tag : tags) {
            if (chunk.length() + tag.length() + 1 > MAX_HEADER) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
            }
            chunk.append(chunk.isEmpty() ? "" : " ").append(tag);
        }
        chunks.add(chunk.toString());
        URI url = config.purgeUrl().get();
        for (String header : chunks) {
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5))
                    .method(config.purgeMethod(), HttpRequest.BodyPublishers.noBody()).header(config.purgeHeader(), header);
            config.purgeHeaders().forEach(request::header);
            client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                if (failure != null) {
                    LOG.warnf("The CDN purge at %s failed (%s); cached answers live at most max-age longer", url, failure.getClass().getSimpleName());
                } else if (response.statusCode() >= 300) {
                    LOG.warnf("The CDN purge at %s answered %d", url, response.statusCode());
                } else {
                    LOG.debugf("Purged %s", header);
                }
            });
        }
    }
}
