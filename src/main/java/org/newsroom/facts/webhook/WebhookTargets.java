package org.newsroom.facts.webhook;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv6.IPv6Address;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Which URLs a webhook may POST to: http(s) only, and — unless {@code newsroom.webhooks.allow-private-targets} — only
 * hosts whose every address is globally reachable unicast: none in the IANA special-purpose registries that is not
 * globally reachable, no multicast, none of this host's own addresses, and an IPv6 address that embeds an IPv4 one
 * (mapped, compatible, SIIT-translated, NAT64, 6to4, Teredo, ISATAP) is judged by the IPv4 address it reaches. Checked
 * when the webhook is created and again before every delivery, so that a DNS change cannot point it inside the
 * network. Addresses are parsed and unwrapped by the IPAddress library; the registries are the table below.
 */
@ApplicationScoped
public class WebhookTargets {

    /**
     * The blocks of the IANA IPv4 and IPv6 Special-Purpose Address Registries that are not globally reachable (or have
     * no such flag, as 0.0.0.0/8), plus multicast and the reserved ranges; as of the registries of 2024.
     */
    static final List<IPAddress> NOT_GLOBAL = blocks(
            // IPv4
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24",
            "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
            "224.0.0.0/4", "240.0.0.0/4", "255.255.255.255/32",
            // IPv6 (the forms that embed IPv4 are unwrapped first)
            "::/128", "::1/128", "::ffff:0:0/96", "64:ff9b:1::/48", "100::/64", "100:0:0:1::/64", "2001::/23", "2001:db8::/32",
            "2002::/16", "3fff::/20", "5f00::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8");

    private static final IPAddress LOCAL_NAT64 = new IPAddressString("64:ff9b:1::/48").getAddress().toPrefixBlock();

    @Inject
    WebhookConfig config;

    /** Why the URL may not be a target, or null when it may. */
    public String refusal(String url) {
        String problem = org.newsroom.facts.shared.WebUrl.Validator.problem(url.trim());
        if (problem != null) {
            return problem;
        }
        URI uri = URI.create(url.trim());
        if (config.allowPrivateTargets()) {
            return null;
        }
        try {
            Set<InetAddress> own = ownAddresses();
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                String why = own.contains(address) ? "an address of this host" : notGlobal(address);
                if (why != null) {
                    return "must be a public address: " + address.getHostAddress() + " is " + why;
                }
            }
        } catch (UnknownHostException e) {
            return "the host " + uri.getHost() + " cannot be resolved";
        }
        return null;
    }

    /** Why the address is not a globally reachable unicast one, or null when it is. */
    static String notGlobal(InetAddress address) {
        IPAddress ip = new IPAddressString(address.getHostAddress()).getAddress();
        if (ip == null) {
            return "not an IP address";
        }
        IPv4Address embedded = ip instanceof IPv6Address v6 ? embeddedIPv4(v6) : null;
        if (embedded != null) {
            String why = notGlobalBlock(embedded);
            return why == null ? null : "an IPv6 form of " + embedded + ", " + why;
        }
        return notGlobalBlock(ip);
    }

    private static String notGlobalBlock(IPAddress ip) {
        for (IPAddress block : NOT_GLOBAL) {
            if (block.getIPVersion() == ip.getIPVersion() && block.contains(ip)) {
                return "in " + block.toCanonicalString() + ", which is not globally reachable";
            }
        }
        return null;
    }

    /**
     * The IPv4 address an IPv6 address reaches when it is one of the forms that embed one: mapped (::ffff:0:0/96),
     * compatible (::/96, deprecated), SIIT-translated (::ffff:0:0:0/96), NAT64 (64:ff9b::/96 and 64:ff9b:1::/48),
     * 6to4 (2002::/16), Teredo (2001::/32, the client's address inverted) and ISATAP; otherwise null.
     */
    static IPv4Address embeddedIPv4(IPv6Address ip) {
        if (ip.isLoopback() || ip.isUnspecified()) {
            return null;
        }
        if (ip.isIPv4Mapped() || ip.isIPv4Compatible() || ip.isIPv4Translatable() || ip.isWellKnownIPv4Translatable()
                || ip.isIsatap() || LOCAL_NAT64.contains(ip)) {
            return ip.getEmbeddedIPv4Address();
        }
        if (ip.is6To4()) {
            return ip.get6To4IPv4Address();
        }
        if (ip.isTeredo()) {
            byte[] bytes = ip.getBytes();
            byte[] client = new byte[4];
            for (int i = 0; i < 4; i++) {
                client[i] = (byte) ~bytes[12 + i];
            }
            return new IPv4Address(client);
        }
        return null;
    }

    /** Every address of this host's interfaces (a target there would be the service itself or its neighbours). */
    private static Set<InetAddress> ownAddresses() {
        Set<InetAddress> own = new HashSet<>();
        try {
            NetworkInterface.networkInterfaces().forEach(nic -> nic.inetAddresses().forEach(own::add));
        } catch (SocketException e) {
            // without the list, the registries still apply
        }
        return own;
    }

    private static List<IPAddress> blocks(String... cidrs) {
        return java.util.Arrays.stream(cidrs).map(c -> new IPAddressString(c).getAddress().toPrefixBlock()).toList();
    }
}
