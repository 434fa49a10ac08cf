package org.newsroom.facts.claim;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.newsroom.facts.country.Country;
import org.newsroom.facts.country.CountryService;
import org.newsroom.facts.fact.FactKindSupport;
import org.newsroom.facts.fact.FactOrder;
import org.newsroom.facts.fact.FactQuery;
import org.newsroom.facts.fact.PeriodValue;
import org.newsroom.facts.place.Place;
import org.newsroom.facts.place.PlaceService;
import org.newsroom.facts.shared.BadUserInputException;
import org.newsroom.facts.shared.CurrentUser;
import org.newsroom.facts.shared.Ids;
import org.newsroom.facts.shared.NotFoundException;
import org.newsroom.facts.shared.Times;
import org.newsroom.facts.source.Source;
import org.newsroom.facts.source.SourceService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Claims, the kind of fact: entry and draft edits by editors (a verdict on a published claim is a correction), the
 * rules of their inputs, filtered pages, and the batched parts readers ask for.
 */
@ApplicationScoped
public class ClaimService extends FactKindSupport<ClaimEntity, ClaimPatch, Claim> {

    static final String KIND = "CLAIM";

    @Inject
    ClaimRepository repository;

    @Inject
    CountryService countries;

    @Inject
    PlaceService places;

    @Inject
    SourceService sources;

    @Inject
    CurrentUser user;

    ClaimService() {
        super(KIND, "claim", ClaimEntity.class, ClaimEntity::new, ClaimPatch.class, ClaimInput.class, Claim.class, ClaimEntity::toView);
    }

    @Override
    public String readColumns() {
        return ", (select s.name from source s where s.id = f.claimant_id) as claimant_name";
    }

    @Override
    public Map<String, List<String>> historyPaths() {
        return Map.of("claimantId", List.of("claimantId"), "statement", List.of("statement"), "period", List.of("claimedOn"),
                "review", List.of("review"), "countries", List.of("countries"), "places", List.of("placeIds"),
                "appearances", List.of("appearances"));
    }

    /**
     * Applies a patch to a claim, then checks the whole: the claimant and the outlets exist, the statement is not
     * blank, the places lie in the claim's countries. A verdict given is recorded with who gave it and when.
     */
    @Override
    public void apply(ClaimEntity c, ClaimPatch patch, String field) {
        if (patch.claimantId != null) {
            Source claimant = sources.require(patch.claimantId, field + ".claimantId");
            c.claimantId = Long.valueOf(claimant.id());
            c.claimantName = claimant.name();
        }
        if (patch.statement != null) {
            if (patch.statement.isBlank()) {
                throw new BadUserInputException("must not be blank", field + ".statement");
            }
            c.statement = patch.statement.trim();
        }
        if (patch.claimedOn != null) {
            c.period = PeriodValue.of(patch.claimedOn, c.period);
        }
        if (patch.countries != null) {
            c.countries.clear();
            c.countries.addAll(countries.resolveAll(patch.countries, field + ".countries"));
        }
        places.patchPlaces(c.countries, c.places, patch.placeIds, field + ".placeIds",
                patch.countries == null ? null : field + ".countries", "the claim's countries");
        if (patch.appearances != null) {
            c.appearances.clear();
            for (int i = 0; i < patch.appearances.size(); i++) {
                c.appearances.add(appearance(patch.appearances.get(i), field + ".appearances[" + i + "]"));
            }
        }
        if (patch.review != null) {
            ClaimReviewValue r = new ClaimReviewValue();
            r.rating = patch.review.rating;
            r.explanation = patch.review.explanation.trim();
            r.reviewedBy = user.name();
            r.reviewedOn = Times.now().toLocalDate();
            c.review = r;
        }
        if (c.claimantId == null) {
            throw new BadUserInputException("is required", field + ".claimantId");
        }
    }

    /** A verdict given on a draft is published by the chief who publishes the claim. */
    @Override
    public void published(ClaimEntity c, String by) {
        if (c.review != null && c.review.rating != null) {
            c.review.reviewedBy = by;
            c.review.reviewedOn = Times.now().toLocalDate();
        }
    }

    private AppearanceValue appearance(AppearanceInput in, String path) {
        AppearanceValue a = new AppearanceValue();
        a.url = in.url == null || in.url.isBlank() ? null : in.url.trim();
        a.outletId = in.outletId == null ? null : Long.valueOf(sources.require(in.outletId, path + ".outletId").id());
        a.title = in.title == null || in.title.isBlank() ? null : in.title.trim();
        a.appearedOn = in.on;
        a.first = Boolean.TRUE.equals(in.first);
        return a;
    }

    public ClaimConnection page(ClaimFilter filter, FactOrder order, Integer first, String after) {
        return page(query(false, filter), order, first, after, ClaimConnection::new);
    }

    /** The first page (newest first) of the claims about each of the countries, in one statement. */
    public Map<String, ClaimConnection> pagePerCountry(Collection<String> countryCodes, Integer first, String after) {
        return pagePerCountry(query(true, null), countryCodes, first, after, ClaimConnection::new);
    }

    private FactQuery query(boolean perCountry, ClaimFilter filter) {
        ClaimFilter f = filter == null ? new ClaimFilter() : filter;
        Long claimant = null;
        if (f.claimant != null) {
            claimant = Ids.parse(f.claimant);
            if (claimant == null) {
                throw new NotFoundException("no source has the id " + f.claimant, "filter.claimant");
            }
        }
        FactQuery query = repository.matching(perCountry, claimant, countries.resolve(f.country, "filter.country"), f.rating, f.reviewed);
        return access.scope(query, f.status, null, null, "filter");
    }

    /** The claimant of each claim, for readers: one statement. */
    public Map<Long, Source> claimantsOf(Collection<Long> sourceIds) {
        return sources.readByIds(sourceIds);
    }

    /** The countries of each claim: one statement. */
    public Map<Long, List<Country>> countriesOf(Collection<Long> claimIds) {
        return countries.listsOf(repository.findCountryCodes(claimIds));
    }

    /** The places of each claim: two statements. */
    public Map<Long, List<Place>> placesOf(Collection<Long> claimIds) {
        return places.listsOf(repository.findPlaceIds(claimIds));
    }

    /** The appearances of each claim with their outlets: two statements. */
    public Map<Long, List<Appearance>> appearancesOf(Collection<Long> claimIds) {
        Map<Long, List<ClaimRepository.AppearanceRow>> rows = repository.findAppearances(claimIds);
        Map<Long, Source> outlets = sources.readByIds(rows.values().stream().flatMap(List::stream)
                .map(ClaimRepository.AppearanceRow::outletId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, List<Appearance>> result = new LinkedHashMap<>();
        rows.forEach((claim, list) -> result.put(claim, list.stream()
                .map(a -> new Appearance(a.url(), a.outletId() == null ? null : outlets.get(a.outletId()), a.title(), a.on(), a.first()))
                .toList()));
        return result;
    }

    /** A claim is about its countries (one in common is enough; none: any claim); its statement is compared too. */
    @Override
    public List<String> whereKeys(ClaimEntity c) {
        return List.copyOf(c.countries);
    }

    @Override
    public String whereKeysSql() {
        return countriesIn("claim_country");
    }

    @Override
    public String statement(ClaimEntity c) {
        return c.statement;
    }

    /** The same claimant, and the verdict a claim already has: "already fact-checked: FALSE". */
    @Override
    public List<String> alike(ClaimEntity probe, ClaimEntity found) {
        List<String> reasons = new java.util.ArrayList<>();
        if (java.util.Objects.equals(probe.claimantId, found.claimantId)) {
            reasons.add("same claimant");
        }
        if (found.review != null && found.review.rating != null) {
            reasons.add("already fact-checked: " + found.review.rating);
        }
        return reasons;
    }
}
