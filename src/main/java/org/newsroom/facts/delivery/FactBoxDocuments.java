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
 * JSON-LD, and the public correction notes, newest first, also as schema.org {@code CorrectionComment}s in JSON-LD;
 * styles scoped to the box, no script. It links to its oEmbed answer, {@code GET /oembed?url=<the box's address>}, a
 * {@code rich} document with the box's HTML, so that a CMS embeds a fact when its address is pasted. Both are read
 * through the GraphQL API with the rules of readers' GET queries ({@link ReaderDocuments}); 404 for drafts and unknown
 * ids. {@code ?version=N} shows the fact as it read at a past published version (what a page printed then), marked as
 * such with a link to the box as it is now.
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
    /** A past version's box ({@code ?version=}): what a page printed then, read from the fact's history. */
    static final String VERSION_QUERY = """
            query FactBoxVersion($id: ID!, $version: Int!) { fact(id: $id) { __typename status
              asOfVersion(version: $version) { version current status savedAt summary attribution corrections { text correctedAt } } } }""";
    private static final Document VERSION_DOCUMENT = Parser.parse(VERSION_QUERY);
    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("[1-9][0-9]{0,5}");
    private static final String VERSION_RULE = "version must be a whole number from 1 to 999999";
    /** The box's path; its address is the service's origin, this path and an optional {@code ?lang=}. */
    private static final java.util.regex.Pattern BOX_PATH = java.util.regex.Pattern.compile("/embed/facts/([0-9]{1,18})");
    private static final java.util.regex.Pattern LANG = java.util.regex.Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?");
    private static final String LANG_RULE = "lang must be a language code such as 'en' or 'ko'";
    /** The most pixels a consumer may ask for as maxwidth or maxheight. */
    static final int MAX_PIXELS = 10000;
    private static final int MAX_URL_LENGTH = 2048;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @Inject
    ReaderDocuments documents;

    @Inject
    DeliveryConfig config;

    /** The scheme and authority of {@code newsroom.delivery.public-url}, checked at start; null when it is unset. */
    private String publicOrigin;

    /** The box's styles, scoped to {@code .nf-factbox} ({@code embed/factbox.css}). */
    private static final String STYLES = styles();

    void register(@Observes Router router) {
        publicOrigin = config.publicUrl().map(url -> {
            if (url.getScheme() == null || !url.getScheme().matches("https?") || url.getRawAuthority() == null) {
                throw new IllegalStateException("newsroom.delivery.public-url must be an http or https address such as https://facts.example.org");
            }
            return url.getScheme() + "://" + url.getRawAuthority();
        }).orElse(null);
        router.getWithRegex(BOX_PATH.pattern()).handler(rc -> {
            String origin = origin(rc);
            Box box = new Box(origin, rc.pathParam("param0"), rc.queryParams().get("lang"), rc.queryParams().get("version"));
            if (box.problem() != null) {
                ReaderDocuments.plain(rc, 400, box.problem());
                return;
            }
            if (origin == null) {
                ReaderDocuments.plain(rc, 400, "The request has no valid Host");
                return;
            }
            documents.serve(rc, box.query(), box.document(), box.variables(), "box " + origin, MEDIA_TYPE,
                    data -> render(data.getJsonObject("fact"), box, origin, null), box.notFound());
        });
        router.get("/oembed").handler(this::oembed);
    }

    /**
     * {@code GET /oembed?url=…&format=json&maxwidth=…&maxheight=…} (oEmbed 1.0): the {@code rich} answer for a fact box's
     * address. 404 for an address that is not a box of a published fact, 501 for a format other than JSON, 400 for a
     * missing address or a size that is not a whole number of pixels.
     */
    private void oembed(io.vertx.ext.web.RoutingContext rc) {
        String format = rc.queryParams().get("format");
        if (format != null && !format.equals("json")) {
            ReaderDocuments.plain(rc, 501, "Only format=json is answered");
            return;
        }
        String url = rc.queryParams().get("url");
        if (url == null || url.isBlank() || url.length() > MAX_URL_LENGTH) {
            ReaderDocuments.plain(rc, 400, "url is required: the address of a fact box, at most " + MAX_URL_LENGTH + " characters");
            return;
        }
        Integer maxWidth;
        Integer maxHeight;
        try {
            maxWidth = pixels(rc.queryParams().get("maxwidth"), "maxwidth");
            maxHeight = pixels(rc.queryParams().get("maxheight"), "maxheight");
        } catch (IllegalArgumentException e) {
            ReaderDocuments.plain(rc, 400, e.getMessage());
            return;
        }
        Box box = Box.parse(url);
        if (box == null) {
            ReaderDocuments.plain(rc, 404, "No fact box has this address");
            return;
        }
        if (box.problem() != null) {
            ReaderDocuments.plain(rc, 400, "In url: " + box.problem());
            return;
        }
        String origin = origin(rc);
        if (origin == null) {
            ReaderDocuments.plain(rc, 400, "The request has no valid Host");
            return;
        }
        int width = Math.min(config.oembed().width(), maxWidth == null ? Integer.MAX_VALUE : maxWidth);
        int height = Math.min(config.oembed().height(), maxHeight == null ? Integer.MAX_VALUE : maxHeight);
        String style = "max-width:" + width + "px" + (maxHeight == null ? "" : ";max-height:" + height + "px;overflow:auto");
        documents.serve(rc, box.query(), box.document(), box.variables(), "oembed " + origin + " " + box.address() + " " + width + "x" + height + " " + (maxHeight != null),
                "application/json", data -> {
                    JsonObject fact = box.shown(data.getJsonObject("fact"));
                    String html = render(data.getJsonObject("fact"), box, origin, style);
                    if (html == null) {
                        return null;
                    }
                    return new JsonObject().put("version", "1.0").put("type", "rich").put("title", fact.getString("summary"))
                            .put("provider_name", config.oembed().providerName()).put("provider_url", origin + "/")
                            .put("cache_age", config.maxAgeSeconds()).put("html", html).put("width", width).put("height", height).encode();
                }, box.notFound());
    }

    /**
     * A fact box: its canonical address (the origin it was asked at, its id, language and version), and the query that
     * fills it.
     *
     * @param version a past version to show, or null for the fact as it is now
     */
    record Box(String origin, String id, String lang, String version) {

        /** The box's address as it names itself: what else a consumer's URL carried does not make another box. */
        String address() {
            return current() + (version == null ? "" : (lang == null ? "?" : "&") + "version=" + version);
        }

        /** The address of the box of the fact as it is now. */
        String current() {
            return origin + "/embed/facts/" + id + (lang == null ? "" : "?lang=" + java.net.URLEncoder.encode(lang, java.nio.charset.StandardCharsets.UTF_8));
        }

        String query() {
            return version == null ? QUERY : VERSION_QUERY;
        }

        Document document() {
            return version == null ? DOCUMENT : VERSION_DOCUMENT;
        }

        JsonObject variables() {
            return version == null ? new JsonObject().put("id", id).put("lang", lang)
                    : new JsonObject().put("id", id).put("version", Integer.parseInt(version));
        }

        /** What is wrong with the box's language or version, in plain words; null when nothing is. */
        String problem() {
            if (lang != null && !LANG.matcher(lang).matches()) {
                return LANG_RULE;
            }
            return version != null && !VERSION.matcher(version).matches() ? VERSION_RULE : null;
        }

        String notFound() {
            return version == null ? "No published fact has this address" : "This fact has no published version " + version;
        }

        /** What the box shows of the answer's fact: the fact, or the version asked for (null when there is none to show). */
        JsonObject shown(JsonObject fact) {
            if (fact == null || "DRAFT".equals(fact.getString("status"))) {
                return null;
            }
            return version == null ? fact : fact.getJsonObject("asOfVersion");
        }

        /** The box an address names, or null when it names none (not http(s), another path, not a URL). */
        static Box parse(String url) {
            java.net.URI uri;
            try {
                uri = new java.net.URI(url).normalize();
            } catch (java.net.URISyntaxException e) {
                return null;
            }
            if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getRawAuthority() == null || uri.getRawPath() == null) {
                return null;
            }
            java.util.regex.Matcher path = BOX_PATH.matcher(uri.getRawPath());
            if (!path.matches()) {
                return null;
            }
            Map<String, List<String>> params = uri.getRawQuery() == null ? Map.of()
                    : new io.netty.handler.codec.http.QueryStringDecoder(uri.getRawQuery(), false).parameters();
            return new Box(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority(), path.group(1), first(params.get("lang")),
                    first(params.get("version")));
        }

        private static String first(List<String> values) {
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** A size in pixels from 1 to {@link #MAX_PIXELS}, or null when not given. */
    static Integer pixels(String value, String name) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            int pixels = Integer.parseInt(value);
            if (pixels >= 1 && pixels <= MAX_PIXELS) {
                return pixels;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(name + " must be a whole number of pixels from 1 to " + MAX_PIXELS);
    }

    /** The service's public origin when one is set, else the scheme and authority the request was made to, or null. */
    private String origin(io.vertx.ext.web.RoutingContext rc) {
        if (publicOrigin != null) {
            return publicOrigin;
        }
        try {
            java.net.URI uri = new java.net.URI(rc.request().absoluteURI());
            return uri.getScheme() == null || uri.getRawAuthority() == null ? null : uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The box's HTML, or null when there is no published fact (or no published version of it to show).
     *
     * @param answer the answer's fact, @param origin the service's, @param style the oEmbed answer's inline size (then
     *            the box has no link to its oEmbed answer), or null for the box page
     */
    private String render(JsonObject answer, Box box, String origin, String style) {
        JsonObject fact = box.shown(answer);
        if (fact == null) {
            return null;
        }
        String lang = box.lang();
        String address = box.address();
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
        if (style == null) {
            String oembed = origin + "/oembed?url=" + java.net.URLEncoder.encode(address, java.nio.charset.StandardCharsets.UTF_8) + "&format=json";
            html.append("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"").append(escape(oembed)).append("\" title=\"")
                    .append(escape(fact.getString("summary"))).append("\">\n");
        }
        html.append("<aside class=\"nf-factbox").append(retracted ? " nf-factbox--retracted" : "").append("\" lang=\"")
                .append(escape(lang == null ? "en" : lang)).append("\" aria-label=\"Fact box\"")
                .append(style == null ? "" : " style=\"" + escape(style) + "\"").append(">\n<style>").append(STYLES).append("</style>\n");
        if (retracted) {
            html.append("<p class=\"nf-mark\">Retracted</p>\n");
        }
        if (box.version() != null && !fact.getBoolean("current")) {
            OffsetDateTime saved = OffsetDateTime.parse(fact.getString("savedAt"));
            html.append("<p class=\"nf-version\">As printed on <time datetime=\"").append(escape(saved.toString())).append("\">")
                    .append(escape(saved.format(DAY))).append("</time> (version ").append(fact.getInteger("version"))
                    .append("). This fact has changed since: <a href=\"").append(escape(box.current())).append("\">see it as it is now</a>.</p>\n");
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
        if (!corrections.isEmpty()) {
            html.append("<script type=\"application/ld+json\">").append(jsonInHtml(correctionsJsonLd(fact, address, corrections))).append("</script>\n");
        }
        return html.append("</aside>\n").toString();
    }

    /**
     * The box as a schema.org {@code CreativeWork} whose {@code correction}s are its public correction notes
     * ({@code CorrectionComment}: the note and when it was made), newest first.
     */
    private static String correctionsJsonLd(JsonObject fact, String address, List<Map<String, String>> corrections) {
        JsonArray comments = new JsonArray();
        corrections.forEach(c -> comments.add(new JsonObject().put("@type", "CorrectionComment").put("text", c.get("text"))
                .put("datePublished", c.get("at"))));
        return new JsonObject().put("@context", "https://schema.org").put("@type", "CreativeWork").put("url", address)
                .put("text", fact.getString("summary")).put("correction", comments).encode();
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
