package org.newsroom.facts.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Which URLs a webhook may POST to: http(s) only, and — unless {@code newsroom.webhooks.allow-private-targets} — no
 * host that resolves to a loopback, private, link-local, unique-local, multicast or unspecified address (checked when the
 * webhook is created and again before every delivery, so that a DNS change cannot point it inside the network).
 */
@ApplicationScoped
public class WebhookTargets {

    @Inject
    WebhookConfig config;

    /** Why the URL may not be a target, or null when it may. */
    public String refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            return "must be an http or https URL";
        }
        if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
                || uri.getHost() == null || uri.getUserInfo() != null) {
            return "must be an http or https URL";
        }
        if (config.allowPrivateTargets()) {
            return null;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress() || address.isMulticastAddress()
                        || (address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc)) {
                    return "must not be a private or loopback address (" + address.getHostAddress() + ")";
                }
            }
        } catch (UnknownHostException e) {
            return "the host " + uri.getHost() + " cannot be resolved";
        }
        return null;
    }
}
