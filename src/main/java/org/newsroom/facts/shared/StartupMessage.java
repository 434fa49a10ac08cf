package org.newsroom.facts.shared;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Logs where the GraphQL endpoint and GraphiQL are once the service is up. */
@ApplicationScoped
public class StartupMessage {

    private static final Logger LOG = Logger.getLogger(StartupMessage.class);

    void onStart(@Observes StartupEvent start,
            @ConfigProperty(name = "quarkus.http.host", defaultValue = "localhost") String host,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        String base = "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + port;
        LOG.infof("Newsroom Facts is ready: GraphQL at %s/graphql, GraphiQL at %s/graphiql", base, base);
    }
}
