package org.newsroom.facts.webhook;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** As in production (allow-private-targets off): private and loopback targets are refused when a webhook is created. */
@QuarkusTest
@TestProfile(WebhookTargetsTest.Production.class)
class WebhookTargetsTest {

    /** The production rule for targets; no worker (nothing is delivered here). */
    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsroom.webhooks.allow-private-targets", "false", "newsroom.webhooks.worker.enabled", "false");
        }
    }

    /** This host's own addresses that are not loopback (a target there is the service itself or its neighbours). */
    static List<String> ownAddresses() throws Exception {
        List<String> own = new java.util.ArrayList<>();
        java.net.NetworkInterface.networkInterfaces().forEach(nic -> nic.inetAddresses()
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress() && a instanceof java.net.Inet4Address)
                .forEach(a -> own.add("http://" + a.getHostAddress() + "/hook")));
        return own;
    }

    @Test
    void everyAddressThatIsNotGloballyReachableIsRefused() throws Exception {
        List<String> refused = new java.util.ArrayList<>(List.of("http://127.0.0.1:8080/hook", "http://localhost/hook",
                "http://10.1.2.3/hook", "http://192.168.0.10/hook", "http://169.254.169.254/latest/meta-data", "http://[::1]/hook",
                "http://[fd00::1]/hook",
                // found by the attack of issue 21: IPv6 forms that embed a private IPv4 address, and special-purpose blocks
                "http://[64:ff9b::7f00:1]/", "http://[64:ff9b::a9fe:a9fe]/", "http://[::127.0.0.1]/", "http://[::ffff:0:a00:1]/",
                "http://[2002:7f00:1::]/", "http://100.64.0.1/", "http://198.18.0.1/", "http://0.0.0.1/", "http://240.0.0.1/",
                "http://192.0.0.170/", "http://255.255.255.255/", "http://[100::1]/", "http://[64:ff9b:1::a00:1]/",
                "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/", "http://224.0.0.1/", "http://[ff02::1]/"));
        refused.addAll(ownAddresses());
        for (String url : refused) {
            GraphQL.chief().send(WebhookTest.CREATE, "in", Map.of("url", url, "events", List.of("FACT_PUBLISHED")))
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].extensions.field", equalTo("input.url"))
                    .body("errors[0].message", containsString("must be a public address"));
        }
        // positive controls: public addresses are accepted, also in IPv6 forms that embed a public IPv4 address
        for (String url : List.of("https://93.184.215.14/hook", "http://[2606:4700:4700::1111]/", "http://[64:ff9b::5db8:d70e]/",
                "http://[2002:5db8:d70e::]/")) {
            GraphQL.chief().send(WebhookTest.CREATE, "in", Map.of("url", url, "events", List.of("FACT_PUBLISHED")))
                    .body("errors", nullValue());
        }
    }
}
