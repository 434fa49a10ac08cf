package org.newsroom.facts.delivery;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsroom.facts.shared.ReadDatabase;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import graphql.language.AstPrinter;
import graphql.language.Document;

/**
 * Spike of issue 26, off unless {@code newsroom.delivery.spike-fused-country-page} is true (the benchmark turns it on
 * for one run): a reader's POST of the benchmark's country page (a), recognised by its exact shape, is answered by
 * one fused SQL statement (the three lists and their citations' sources through joins, rows read by column index)
 * written straight to JSON — to measure how far a planned, fused read path could go before building one. Not a read
 * path: it knows one document.
 */
@ApplicationScoped
public class FusedCountryPage {

    /** The benchmark's (a) as graphql-java prints it compactly, around its country code. */
    static final String PREFIX = "{country(code:\"";
    static final String SUFFIX = "\"){code deploymentsFrom(first:20){nodes{id headcount{value}citations{source{name}via{name}}}}"
            + "deploymentsTo(first:20){nodes{id headcount{value}citations{source{name}via{name}}}}"
            + "statistics(first:20){nodes{id value{value}citations{source{name}via{name}}}}}}";
    private static final Pattern CODE = Pattern.compile("[A-Z]{2}");

    static final String[] LISTS = { "deploymentsFrom", "deploymentsTo", "statistics" };
    static final String[] FIGURES = { "headcount", "headcount", "value" };

    private static final String PUBLIC = "status in ('PUBLISHED', 'RETRACTED')";
    private static final String NEWEST = " order by coalesce(period_start, '-infinity'::date) desc, id desc limit 20";
    static final String SQL = "select t.list, t.id, t.qty_value, s.name, v.name from ("
            + "(select 0 as list, id, qty_value, coalesce(period_start, '-infinity'::date) as k from fact where kind = 'DEPLOYMENT' and origin_code = ? and "
            + PUBLIC + NEWEST + ") union all "
            + "(select 1, id, qty_value, coalesce(period_start, '-infinity'::date) from fact where kind = 'DEPLOYMENT' and destination_code = ? and "
            + PUBLIC + NEWEST + ") union all "
            + "(select 2, id, qty_value, coalesce(period_start, '-infinity'::date) from fact where kind = 'STATISTIC' and country_code = ? and "
            + PUBLIC + NEWEST + ")) t "
            + "left join citation c on c.fact_id = t.id and c.active left join source s on s.id = c.source_id "
            + "left join source v on v.id = c.via_source_id order by t.list, t.k desc, t.id desc, c.id";

    @Inject
    ReadDatabase db;

    private record Row(int list, long id, Double value, String source, String via) {
    }

    /** Appends {"name":"…"}, the name escaped for JSON. */
    private static StringBuilder named(StringBuilder json, String name) {
        return json.append("{\"name\":\"").append(JsonStringEncoder.getInstance().quoteAsString(name)).append("\"}");
    }

    /** The answer of the document if it is the country page (a), else null. */
    byte[] answer(Document document) {
        String compact = AstPrinter.printAstCompact(document);
        if (!compact.startsWith(PREFIX) || !compact.endsWith(SUFFIX) || compact.length() != PREFIX.length() + 2 + SUFFIX.length()) {
            return null;
        }
        String code = compact.substring(PREFIX.length(), PREFIX.length() + 2);
        if (!CODE.matcher(code).matches()) {
            return null;
        }
        List<Row> rows = db.list(SQL, List.of(code, code, code), rs -> {
            double v = rs.getDouble(3);
            Double value = rs.wasNull() ? null : v; // a range has no central value
            return new Row(rs.getInt(1), rs.getLong(2), value, rs.getString(4), rs.getString(5));
        });
        StringBuilder json = new StringBuilder(8192).append("{\"data\":{\"country\":{\"code\":\"").append(code).append('"');
        int at = 0;
        for (int list = 0; list < LISTS.length; list++) {
            json.append(",\"").append(LISTS[list]).append("\":{\"nodes\":[");
            long fact = -1;
            List<String> nodes = new ArrayList<>();
            StringBuilder node = null;
            boolean firstCitation = true;
            for (; at < rows.size() && rows.get(at).list() == list; at++) {
                Row r = rows.get(at);
                if (r.id() != fact) {
                    if (node != null) {
                        nodes.add(node.append("]}").toString());
                    }
                    fact = r.id();
                    node = new StringBuilder(256).append("{\"id\":\"").append(r.id()).append("\",\"").append(FIGURES[list]).append("\":{\"value\":")
                            .append(r.value() == null ? "null" : r.value().toString()).append("},\"citations\":[");
                    firstCitation = true;
                }
                if (r.source() != null) {
                    node.append(firstCitation ? "{\"source\":" : ",{\"source\":");
                    named(node, r.source()).append(",\"via\":");
                    (r.via() == null ? node.append("null") : named(node, r.via())).append('}');
                    firstCitation = false;
                }
            }
            if (node != null) {
                nodes.add(node.append("]}").toString());
            }
            json.append(String.join(",", nodes)).append("]}");
        }
        return json.append("}}}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
