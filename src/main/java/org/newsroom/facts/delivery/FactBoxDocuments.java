package org.newsroom.facts.delivery;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.language.Document;
import graphql.parser.Parser;
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

    /** The box's styles, scoped to {@code .nf-factbox} ({@code embed/factbox.css}). */
    private static final String STYLES = styles();

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
        boolean retracted = "RETRACTED".equals(fact.getString("status"));
        StringBuilder html = new StringBuilder(2048);
        html.append("<aside class=\"nf-factbox").append(retracted ? " nf-factbox--retracted" : "").append("\" lang=\"")
                .append(escape(lang == null ? "en" : lang)).append("\" aria-label=\"Fact box\">\n<style>").append(STYLES).append("</style>\n");
        if (retracted) {
            html.append("<p class=\"nf-mark\">Retracted</p>\n");
        }
        html.append("<p class=\"nf-summary\">").append(escape(fact.getString("summary"))).append("</p>\n");
        html.append("<p class=\"nf-attribution\">").append(escape(capitalized(fact.getString("attribution")))).append("</p>\n");
        if (!countries.isEmpty()) {
            html.append("<p class=\"nf-countries\">").append(escape(String.join(", ", countries.stream().distinct().toList()))).append("</p>\n");
        }
        JsonObject review = fact.getJsonObject("review");
        if (review != null) {
            html.append("<p class=\"nf-review\">Our verdict: <strong>").append(escape(review.getString("label"))).append("</strong>. ")
                    .append(escape(review.getString("explanation"))).append("</p>\n");
        }
        if (!corrections.isEmpty()) {
            html.append("<section class=\"nf-corrections\" aria-label=\"Corrections\"><h2>Corrections</h2><ul>");
            corrections.forEach(c -> html.append("<li><time datetime=\"").append(escape(c.get("at"))).append("\">").append(escape(c.get("day")))
                    .append("</time>").append(escape(c.get("text"))).append("</li>"));
            html.append("</ul></section>\n");
        }
        String jsonLd = fact.getString("claimReviewJsonLd");
        if (jsonLd != null) {
            html.append("<script type=\"application/ld+json\">").append(jsonInHtml(jsonLd)).append("</script>\n");
        }
        return html.append("</aside>\n").toString();
    }

    /**
     * JSON made safe inside an HTML element: {@code <}, {@code >} and {@code &} as JSON escapes, so that no stored text
     * ({@code </script>}, {@code <!--}, {@code <script}) can end the block or keep it open and swallow the host page,
     * and U+2028 and U+2029, which older JavaScript parsers take as line ends. Every one of them can only stand inside a
     * JSON string, where the escape means the same character.
     */
    static String jsonInHtml(String json) {
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }

    private static String escape(String text) {
        return org.apache.commons.text.StringEscapeUtils.escapeHtml4(text);
    }

    private static String styles() {
        try (var in = FactBoxDocuments.class.getClassLoader().getResourceAsStream("embed/factbox.css")) {
            String css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return css.substring(css.indexOf("*/") + 2).strip();
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("embed/factbox.css is missing", e);
        }
    }

    private static String capitalized(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }
}
