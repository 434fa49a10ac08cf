package org.newsroom.facts.claim;

import java.util.List;

import org.newsroom.facts.fact.Period;
import org.newsroom.facts.fact.PublicationStatus;
import org.newsroom.facts.source.Source;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * schema.org ClaimReview markup of a reviewed, published claim, with the properties Google's fact-check structured
 * data requires (claimReviewed, reviewRating with alternateName, url) and recommends (author, datePublished,
 * itemReviewed: a Claim with its author, datePublished, appearance and firstAppearance; bestRating, worstRating, ratingValue).
 */
@ApplicationScoped
public class ClaimReviewMarkup {

    @Inject
    ObjectMapper json;

    @Inject
    ClaimReviewConfig config;

    /** The JSON-LD object as a string; null unless the claim is published (or retracted) and has a review. */
    public String jsonLd(Claim claim, Source claimant, List<Appearance> appearances) {
        ClaimReview review = claim.getReview();
        if (review == null || claim.getStatus() == PublicationStatus.DRAFT) {
            return null;
        }
        ObjectNode root = json.createObjectNode();
        root.put("@context", "https://schema.org");
        root.put("@type", "ClaimReview");
        root.put("url", config.urlTemplate().replace("{id}", claim.getId()));
        root.put("claimReviewed", claim.getSummary());
        root.put("datePublished", review.reviewedOn().toString());
        ObjectNode author = root.putObject("author");
        author.put("@type", "Organization");
        author.put("name", config.authorName());
        author.put("url", config.authorUrl());
        ObjectNode rating = root.putObject("reviewRating");
        rating.put("@type", "Rating");
        if (review.ratingValue() != null) {
            rating.put("ratingValue", review.ratingValue());
        }
        rating.put("bestRating", review.bestRating());
        rating.put("worstRating", review.worstRating());
        rating.put("alternateName", review.label());
        ObjectNode item = root.putObject("itemReviewed");
        item.put("@type", "Claim");
        item.set("author", organization(claimant));
        String claimed = date(claim.getClaimedOn());
        if (claimed != null) {
            item.put("datePublished", claimed);
        }
        if (!appearances.isEmpty()) {
            var list = item.putArray("appearance");
            appearances.forEach(a -> list.add(work(a)));
            appearances.stream().filter(Appearance::first).findFirst().ifPresent(a -> item.set("firstAppearance", work(a)));
        }
        return root.toString();
    }

    private ObjectNode organization(Source source) {
        ObjectNode o = json.createObjectNode();
        o.put("@type", "Organization");
        o.put("name", source.name());
        if (source.url() != null) {
            o.put("url", source.url());
        }
        return o;
    }

    private ObjectNode work(Appearance a) {
        ObjectNode w = json.createObjectNode();
        w.put("@type", "CreativeWork");
        if (a.url() != null) {
            w.put("url", a.url());
        }
        if (a.title() != null) {
            w.put("headline", a.title());
        }
        if (a.on() != null) {
            w.put("datePublished", a.on().toString());
        }
        if (a.outlet() != null) {
            w.set("author", organization(a.outlet()));
        }
        return w;
    }

    /** An ISO 8601 date at the period's precision: '2025', '2025-04', '2025-04-20'. */
    private static String date(Period p) {
        if (p == null || p.start() == null) {
            return null;
        }
        String day = p.start().toString();
        return switch (p.precision()) {
            case YEAR -> day.substring(0, 4);
            case MONTH -> day.substring(0, 7);
            case DAY -> day;
        };
    }
}
