package org.newsroom.facts.delivery;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.language.Document;
import graphql.parser.Parser;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * {@code GET /embed/facts/{id}}: the fact box a front end drops into a story — an HTML fragment with the summary, the
 * attribution, a "Retracted" mark, the countries (in {@code ?lang=}), a reviewed claim's verdict and its ClaimReview
 * JSON-LD, and the public correction notes, newest first; styles scoped to the box, no script. Read through the
 * GraphQL API with the rules of readers' GET queries ({@link ReaderDocuments}); 404 for drafts and unknown ids.
 */
@ApplicationScoped
public class FactBoxDocuments {

    static final String MEDIA_TYPE = "text/html";
    static final String QUERY = """
            query FactBox($id: ID!, $lang: String) { fact(id: $id) { __typename status summary attribution corrections { text correctedAt }
              ... on Deployment { origin { name(lang: $lang) } destination { name(lang: $lang) } }
              ... on Statistic { country { name(lang: $lang) } }
              ... on Claim { countries { name(lang: $lang) } review { label explanation } claimReviewJsonLd }
              ... on Event { countries { name(lang: $lang) } } } }""";
    private static final Document DOCUMENT = Parser.parse(QUERY);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @Inject
    ReaderDocuments documents;

    @Location("factbox.html")
    Template box;

    void register(@Observes Router router) {
        router.getWithRegex("/embed/facts/([0-9]{1,18})").handler(rc -> {
            String lang = rc.queryParams().get("lang");
            if (lang != null && !lang.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?")) {
                rc.response().setStatusCode(400).putHeader("Content-Type", "text/plain; charset=utf-8")
                        .end("lang must be a language code such as 'en' or 'ko'");
                return;
            }
            JsonObject variables = new JsonObject().put("id", rc.pathParam("param0")).put("lang", lang);
            documents.serve(rc, QUERY, DOCUMENT, variables, MEDIA_TYPE, data -> render(data.getJsonObject("fact"), lang),
                    "No published fact has this id");
        });
    }

    private String render(JsonObject fact, String lang) {
        if (fact == null || "DRAFT".equals(fact.getString("status"))) {
            return null;
        }
        List<String> countries = new ArrayList<>();
        for (String one : List.of("origin", "destination", "country")) {
            if (fact.getJsonObject(one) != null) {
                countries.add(fact.getJsonObject(one).getString("name"));
            }
        }
        JsonArray many = fact.getJsonArray("countries");
        if (many != null) {
            many.forEach(c -> countries.add(((JsonObject) c).getString("name")));
        }
        List<Map<String, String>> corrections = new ArrayList<>();
        fact.getJsonArray("corrections").forEach(c -> {
            JsonObject note = (JsonObject) c;
            OffsetDateTime at = OffsetDateTime.parse(note.getString("correctedAt"));
            corrections.add(Map.of("at", at.toString(), "day", at.format(DAY), "text", note.getString("text")));
        });
        Map<String, Object> data = new HashMap<>();
        data.put("lang", lang == null ? "en" : lang);
        data.put("retracted", "RETRACTED".equals(fact.getString("status")));
        data.put("summary", fact.getString("summary"));
        data.put("attribution", capitalized(fact.getString("attribution")));
        data.put("countries", String.join(", ", countries.stream().distinct().toList()));
        data.put("review", fact.getJsonObject("review") == null ? null : fact.getJsonObject("review").getMap());
        data.put("corrections", corrections);
        data.put("hasCorrections", !corrections.isEmpty());
        String jsonLd = fact.getString("claimReviewJsonLd");
        data.put("jsonLd", jsonLd == null ? null : jsonLd.replace("</", "<\\/")); // never ends the script element early
        return box.data(data).render();
    }

    private static String capitalized(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }
}
