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

    @Test
    void privateAndLoopbackTargetsAreRefused() {
        for (String url : List.of("http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/hook", "http://192.168.0.10/hook",
                "http://169.254.169.254/latest/meta-data", "http://[::1]/hook", "http://[fd00::1]/hook")) {
            GraphQL.chief().send(WebhookTest.CREATE, "in", Map.of("url", url, "events", List.of("FACT_PUBLISHED")))
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].extensions.field", equalTo("input.url"))
                    .body("errors[0].message", containsString("private or loopback"));
        }
        // positive control: a public address is accepted
        GraphQL.chief().send(WebhookTest.CREATE, "in", Map.of("url", "https://93.184.215.14/hook", "events", List.of("FACT_PUBLISHED")))
                .body("errors", nullValue());
    }
}
