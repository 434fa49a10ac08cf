package org.newsroom.facts.delivery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Opens GraphiQL on the story's country page (the README's first example) instead of an empty editor: a plain
 * visit of the GraphiQL page is redirected to the same page with that query in its {@code query} parameter, which
 * GraphiQL reads. A visit that names a query already (a shared link) is left alone.
 */
@ApplicationScoped
public class GraphiQLStart {

    static final String COUNTRY_PAGE = """
            # North Korea's country page: the deployments from it, with their figures, places and sources.
            {
              country(code: "prk") {
                name
                ko: name(lang: "ko")
                deploymentsFrom(first: 10) {
                  totalCount
                  nodes {
                    summary
                    attribution
                    headcount { value approximation unit text }
                    period { start end precision text }
                    places { name code }
                    citations { source { name kind } via { name } }
                  }
                }
              }
            }
            """;

    void register(@Observes Router router, @ConfigProperty(name = "quarkus.smallrye-graphql.ui.root-path") String ui) {
        String start = ui + "/?query=" + URLEncoder.encode(COUNTRY_PAGE, StandardCharsets.UTF_8).replace("+", "%20");
        for (String path : new String[] { ui, ui + "/", ui + "/index.html" }) {
            router.route(path).order(-60).method(HttpMethod.GET).handler(rc -> redirectUnlessQuery(rc, start));
        }
    }

    private static void redirectUnlessQuery(RoutingContext rc, String start) {
        if (rc.queryParams().contains("query")) {
            rc.next();
        } else {
            rc.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, start).end();
        }
    }
}
