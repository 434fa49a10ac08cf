package org.newsroom.facts.claim;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.newsroom.facts.fact.Batched;
import org.newsroom.facts.fact.FactQuery;
import org.newsroom.facts.shared.ReadDatabase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Queries of claims: filtered pages (overall or per country) and, for readers, their countries, places and appearances. */
@ApplicationScoped
public class ClaimRepository {

    static final String COUNTRIES = "claim_country";

    /** A stored appearance of a claim; its outlet is read by the source feature. */
    public record AppearanceRow(String url, Long outletId, String title, LocalDate on, boolean first) {
    }

    @Inject
    ReadDatabase db;

    /**
     * The claims matching the filter's claimant, country (alpha-2), rating and reviewed flag.
     *
     * @param perCountry true to cut pages per country the claims are about
     */
    public FactQuery matching(boolean perCountry, Long claimantId, String country, Rating rating, Boolean reviewed) {
        FactQuery q = FactQuery.perCountryIn(ClaimService.KIND, perCountry ? COUNTRIES : null)
                .equal("claimant_id", claimantId)
                .equal("review_rating", rating);
        if (country != null) {
            q.where("exists (select 1 from claim_country cc where cc.fact_id = f.id and cc.country_code = cast(:claimCountry as char(2)))",
                    "claimCountry", country);
        }
        if (reviewed != null) {
            q.where(reviewed ? "f.review_rating is not null" : "f.review_rating is null");
        }
        return q;
    }

    /** The countries (alpha-2) of each claim, in the order entered; one statement. */
    public Map<Long, List<String>> findCountryCodes(Collection<Long> claimIds) {
        return db.orderedPerParent(COUNTRIES, "cast(country_code as text)", claimIds, String.class);
    }

    /** The place ids of each claim, in the order entered; one statement. */
    public Map<Long, List<Long>> findPlaceIds(Collection<Long> claimIds) {
        return db.orderedPerParent("claim_place", "place_id", claimIds, Long.class);
    }

    /** The appearances of each claim, in the order entered; one statement. */
    public Map<Long, List<AppearanceRow>> findAppearances(Collection<Long> claimIds) {
        Map<Long, List<AppearanceRow>> result = Batched.emptyLists(claimIds);
        if (!claimIds.isEmpty()) {
            db.list("select fact_id, url, outlet_id, title, appeared_on, first_appearance from claim_appearance where fact_id = any(?)"
                    + " order by fact_id, position", List.of(ReadDatabase.ids(claimIds)),
                    rs -> Map.entry(rs.getLong(1), new AppearanceRow(rs.getString(2), rs.getObject(3, Long.class), rs.getString(4),
                            rs.getObject(5, LocalDate.class), rs.getBoolean(6))))
                    .forEach(e -> result.get(e.getKey()).add(e.getValue()));
        }
        return result;
    }
}
