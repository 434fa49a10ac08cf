package org.newsroom.facts.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE part of a query over the {@code fact} table (alias {@code f}), built by the repositories of the
 * fact kinds from their filters, with named parameters. Also the key a connection's totalCount is computed
 * from: connections made from one query share it, so their counts run as one grouped statement.
 */
public final class FactQuery {

    /** Statuses readers may see. */
    public static final String PUBLIC = "f.status in ('PUBLISHED', 'RETRACTED')";

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final String groupName;
    private final String groupCondition;
    private final String kind;

    /**
     * @param kind the discriminator ({@code DEPLOYMENT}, {@code STATISTIC}), or null for every kind
     * @param groupColumn a country column ({@code origin_code}, ...) the pages are cut per value of, or null
     */
    public FactQuery(String kind, String groupColumn) {
        this(kind, groupColumn, groupColumn == null ? null : "f." + groupColumn + " = cast(g.code as char(2))");
    }

    /**
     * A query whose pages are cut per country of a table of the kind's countries ({@code claim_country}: fact_id,
     * country_code), or not cut when the table is null.
     */
    public static FactQuery perCountryIn(String kind, String countryTable) {
        return new FactQuery(kind, countryTable, countryTable == null ? null : "exists (select 1 from " + countryTable
                + " gc where gc.fact_id = f.id and gc.country_code = cast(g.code as char(2)))");
    }

    /**
     * A query over facts of every kind (kind null) or one, cut per group by a condition over {@code g.code}, whose
     * group values match a pattern (e.g. ids: {@code \\d{1,18}}).
     */
    public static FactQuery perGroup(String kind, String groupName, String groupCondition, String groupPattern) {
        FactQuery q = new FactQuery(kind, groupName, groupCondition);
        q.groupPattern = java.util.regex.Pattern.compile(groupPattern);
        return q;
    }

    private java.util.regex.Pattern groupPattern = COUNTRY_CODE;
    private static final java.util.regex.Pattern COUNTRY_CODE = java.util.regex.Pattern.compile("[A-Z]{2}");

    private FactQuery(String kind, String groupName, String groupCondition) {
        this.groupName = groupName;
        this.groupCondition = groupCondition;
        this.kind = kind;
        if (kind != null) {
            if (!KIND.matcher(kind).matches()) {
                throw new IllegalArgumentException("not a kind of fact: " + kind);
            }
            // a literal, not a parameter: the lists' indexes are partial (where kind = '…'), and a statement whose kind
            // is a parameter could not use them in its generic plan, so PostgreSQL planned it afresh on every execution
            where("f.kind = '" + kind + "'");
        }
    }

    private static final java.util.regex.Pattern KIND = java.util.regex.Pattern.compile("[A-Z][A-Z_]{0,39}");

    /**
     * A short digest of the conditions and their values: cursors carry it, so that a cursor of one list (say, the
     * deployments from KP) given to another (from RU, or with another filter) is refused instead of paging wrongly.
     */
    public String fingerprint() {
        // over the kind as the parameter it once was, so that cursors handed out before it became a literal still page
        List<String> signed = new ArrayList<>(clauses);
        Map<String, Object> signedParams = new LinkedHashMap<>();
        if (kind != null) {
            signed.set(0, "f.kind = :kind");
            signedParams.put("kind", kind);
        }
        signedParams.putAll(params);
        byte[] digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((signed + "|" + signedParams).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return java.util.HexFormat.of().formatHex(digest, 0, 6);
    }

    /** Adds a condition, with no parameter or one. */
    public FactQuery where(String clause, String param, Object value) {
        clauses.add(clause);
        if (param != null) {
            params.put(param, value);
        }
        return this;
    }

    public FactQuery where(String clause) {
        return where(clause, null, null);
    }

    /** Only facts of this status, or (status null) all the caller may see. */
    public FactQuery status(PublicationStatus status, boolean withDrafts) {
        if (status != null) {
            return where("f.status = :status", "status", status.name());
        }
        return withDrafts ? this : where(PUBLIC);
    }

    /** Only facts whose period overlaps [from, to] (either may be open); undated facts never match. */
    public FactQuery overlapping(java.time.LocalDate from, java.time.LocalDate to) {
        if (from == null && to == null) {
            return this;
        }
        where("f.period_start is not null");
        where("daterange(f.period_start, coalesce(f.period_end, f.period_start), '[]')"
                + " && daterange(cast(:fromDate as date), cast(:toDate as date), '[]')", "fromDate", from);
        params.put("toDate", to);
        return this;
    }

    /** Only facts whose column equals the value, when the value is given. */
    public FactQuery equal(String column, Object value) {
        if (value == null) {
            return this;
        }
        String param = column.replace("_", "");
        return where("f." + column + " = :" + param, param, value instanceof Enum<?> e ? e.name() : value);
    }

    /** The cache tag of the lists this query makes (shared/CacheTags): of its kind, or of all facts. */
    public String listTag() {
        return listTag(kind);
    }

    /** The cache tag of the lists of a kind ({@code DEPLOYMENT}), or of all facts when the kind is null. */
    public static String listTag(String kind) {
        return kind == null ? "list:facts" : "list:" + kind;
    }

    public String sql() {
        return clauses.isEmpty() ? "true" : String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return params;
    }

    /** What the pages are cut by (a column or table name), or null. */
    public String groupName() {
        return groupName;
    }

    /** The groups that can be one (country codes, or what the query's pattern allows); others have no facts. */
    public List<String> validGroups(java.util.Collection<String> groups) {
        return groups.stream().filter(g -> g != null && groupPattern.matcher(g).matches()).toList();
    }

    /** The condition that a fact belongs to the group {@code g.code} (a country code), or null. */
    public String groupCondition() {
        return groupCondition;
    }
}
