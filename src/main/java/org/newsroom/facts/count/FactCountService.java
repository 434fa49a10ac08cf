package org.newsroom.facts.count;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.newsroom.facts.claim.Rating;
import org.newsroom.facts.country.Countries;
import org.newsroom.facts.country.Country;
import org.newsroom.facts.fact.FactAccess;
import org.newsroom.facts.fact.FactKind;
import org.newsroom.facts.fact.FactKinds;
import org.newsroom.facts.fact.FactQuery;
import org.newsroom.facts.fact.Modality;
import org.newsroom.facts.fact.PublicationStatus;
import org.newsroom.facts.fact.Verification;
import org.newsroom.facts.shared.BadUserInputException;
import org.newsroom.facts.shared.ForbiddenException;
import org.newsroom.facts.shared.Ids;
import org.newsroom.facts.shared.RequestGuard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * factCounts: checks the filter and the grouping, counts in one statement (FactCountRepository) with the readers'
 * rules (published facts unless another status is asked for; drafts for editors and chiefs only), and folds the
 * statement's rows — one per group and unit — into groups with their sums per unit. The answer depends on the lists of
 * the kinds counted, for the reader cache and CDN purges.
 */
@ApplicationScoped
public class FactCountService {

    /** The most groups an answer may hold; a grouping that makes more is refused (narrow the filter). */
    static final int MAX_GROUPS = 5000;
    /** The most rows (a row per group and unit) a statement may give before the grouping is refused. */
    static final int MAX_ROWS = 4 * MAX_GROUPS;
    static final int MAX_KINDS = 20;
    private static final Pattern ROLE = Pattern.compile("[A-Z][A-Z_]{0,39}");

    @Inject
    FactCountRepository repository;

    @Inject
    FactKinds kinds;

    @Inject
    FactAccess access;

    public List<FactCountGroup> count(FactCountFilter filter, List<FactCountDimension> groupBy) {
        FactCountFilter f = filter == null ? new FactCountFilter() : filter;
        if (new java.util.HashSet<>(groupBy).size() != groupBy.size()) {
            throw new BadUserInputException("names a dimension twice", "groupBy");
        }
        PublicationStatus status = f.status == null ? PublicationStatus.PUBLISHED : f.status;
        if (status == PublicationStatus.DRAFT && !access.seesDrafts()) {
            throw new ForbiddenException("Only editors and chiefs may count drafts", "filter.status");
        }
        Map<String, Object> equal = new LinkedHashMap<>();
        equal.put("status", status.name());
        List<String> counted = new ArrayList<>();
        if (f.kinds != null) {
            if (f.kinds.size() > MAX_KINDS) {
                throw new BadUserInputException("at most " + MAX_KINDS + " kinds", "filter.kinds");
            }
            for (int i = 0; i < f.kinds.size(); i++) {
                FactKind<?, ?> kind = f.kinds.get(i) == null ? null : kinds.named(f.kinds.get(i));
                if (kind == null) {
                    throw new BadUserInputException("is not a kind of fact: one of " + String.join(", ", kinds.names()), "filter.kinds[" + i + "]");
                }
                counted.add(kind.discriminator());
            }
            equal.put("kind", counted);
        }
        if (f.country != null) {
            Country country = Countries.find(f.country).orElseThrow(() -> new BadUserInputException("is not a country code", "filter.country"));
            equal.put("code", country.code());
        }
        if (f.countryRole != null && !ROLE.matcher(f.countryRole).matches()) {
            throw new BadUserInputException("is not a part a country plays: ORIGIN, DESTINATION or SUBJECT", "filter.countryRole");
        }
        if (f.claimant != null) {
            Long claimant = Ids.parse(f.claimant);
            if (claimant == null) {
                throw new BadUserInputException("is not a source id", "filter.claimant");
            }
            equal.put("claimant_id", claimant);
        }
        if (f.rating != null) {
            equal.put("review_rating", f.rating.name());
        }
        if (f.modality != null) {
            equal.put("modality", f.modality.name());
        }
        if (f.verification != null) {
            equal.put("verification", f.verification.name());
        }
        if (f.year != null) {
            if (f.year < 1 || f.year > 9999) {
                throw new BadUserInputException("must be a year from 1 to 9999", "filter.year");
            }
            equal.put("year", f.year);
        }
        boolean perCountry = groupBy.contains(FactCountDimension.COUNTRY) || f.country != null || f.countryRole != null;
        if (counted.isEmpty()) {
            RequestGuard.depends(FactQuery.listTag(null));
        } else {
            counted.forEach(kind -> RequestGuard.depends(FactQuery.listTag(kind)));
        }
        List<FactCountRepository.Row> rows = new ArrayList<>(repository.count(
                new FactCountRepository.Counting(equal, f.countryRole, perCountry, List.copyOf(groupBy), MAX_ROWS)));
        List<FactCountGroup> groups = rows.size() > MAX_ROWS ? null : groups(rows);
        if (groups != null && groups.isEmpty() && groupBy.isEmpty()) {
            return List.of(group(Map.of(), 0, List.of())); // all of nothing: one group, of none
        }
        if (groups == null || groups.size() > MAX_GROUPS) {
            throw new BadUserInputException("makes more than " + MAX_GROUPS + " groups: narrow the filter or group by less", "groupBy");
        }
        return groups;
    }

    /** A value of a dimension against another: numbers as numbers, texts as texts, nulls last. */
    private static final java.util.Comparator<Object> VALUE = java.util.Comparator.nullsLast((a, b) -> a instanceof Number x && b instanceof Number y
            ? Long.compare(x.longValue(), y.longValue()) : ((String) a).compareTo((String) b));

    /**
     * Folds the rows (one per group and unit, in no order: sorting thousands of small rows costs PostgreSQL more than
     * the JVM) into groups, in the order of their dimensions' values, with their figures by unit.
     */
    private List<FactCountGroup> groups(List<FactCountRepository.Row> rows) {
        return fold(rows, this::group);
    }

    /** Makes a group of the values of its dimensions, its count of facts and its sums by unit. */
    @FunctionalInterface
    interface GroupMaker<G> {
        G make(Map<FactCountDimension, Object> keys, int facts, List<FigureSum> figures);
    }

    /** {@link #groups}, with the making of a group left to the caller (pure: unit-tested by FactCountFoldTest). */
    static <G> List<G> fold(List<FactCountRepository.Row> rows, GroupMaker<G> maker) {
        Map<List<Object>, List<FactCountRepository.Row>> byKeys = new java.util.HashMap<>();
        for (FactCountRepository.Row r : rows) {
            byKeys.computeIfAbsent(new ArrayList<>(r.keys().values()), k -> new ArrayList<>(2)).add(r);
        }
        List<List<Object>> keys = new ArrayList<>(byKeys.keySet());
        keys.sort((a, b) -> {
            for (int i = 0; i < a.size(); i++) {
                int c = VALUE.compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        List<G> groups = new ArrayList<>(keys.size());
        for (List<Object> key : keys) {
            List<FactCountRepository.Row> of = byKeys.get(key);
            long facts = 0;
            List<FigureSum> figures = new ArrayList<>(of.size());
            for (FactCountRepository.Row r : of) {
                facts += r.facts();
                if (r.unit() != null && r.figures() > 0) {
                    figures.add(new FigureSum(r.unit(), r.total(), (int) r.figures()));
                }
            }
            figures.sort(java.util.Comparator.comparing(FigureSum::unit));
            groups.add(maker.make(of.get(0).keys(), (int) facts, figures));
        }
        return groups;
    }

    private FactCountGroup group(Map<FactCountDimension, Object> keys, int facts, List<FigureSum> figures) {
        Object kind = keys.get(FactCountDimension.KIND);
        Object claimant = keys.get(FactCountDimension.CLAIMANT);
        Object rating = keys.get(FactCountDimension.RATING);
        Object modality = keys.get(FactCountDimension.MODALITY);
        Object verification = keys.get(FactCountDimension.VERIFICATION);
        Object year = keys.get(FactCountDimension.YEAR);
        Object month = keys.get(FactCountDimension.MONTH);
        return new FactCountGroup(kind == null ? null : kinds.nameOf((String) kind),
                (String) keys.get(FactCountDimension.COUNTRY),
                claimant == null ? null : ((Number) claimant).longValue(),
                rating == null ? null : Rating.valueOf((String) rating),
                modality == null ? null : Modality.valueOf((String) modality),
                verification == null ? null : Verification.valueOf((String) verification),
                year == null ? null : ((Number) year).intValue(),
                month == null ? null : ((Number) month).intValue(), facts, figures);
    }
}
