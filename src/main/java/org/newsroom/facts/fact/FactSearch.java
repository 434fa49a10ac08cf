package org.newsroom.facts.fact;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsroom.facts.place.Place;
import org.newsroom.facts.place.PlaceService;
import org.newsroom.facts.shared.BadUserInputException;
import org.newsroom.facts.shared.Ids;
import org.newsroom.facts.shared.Page;
import org.newsroom.facts.shared.PageArgs;
import org.newsroom.facts.shared.RequestGuard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Full-text search over facts of every kind, the sync feed of changes, and the search text they are found by. */
@ApplicationScoped
public class FactSearch {

    private static final String SEARCH_CURSOR = "search";
    private static final String CHANGES_CURSOR = "changes";
    private static final String DRAFTS_CURSOR = "drafts";

    @Inject
    FactRepository facts;

    @Inject
    FactAccess access;

    @Inject
    FactCitations citations;

    @Inject
    FactDisputes disputes;

    @Inject
    PlaceService places;

    @Inject
    FactKinds kinds;

    /**
     * Full-text search: every word must match (English stemming), the last one also as a prefix ("work" finds
     * workers), best match first.
     */
    public FactConnection search(String text, Integer first, String after) {
        List<String> words = Arrays.stream(text == null ? new String[0] : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isBlank()).distinct().limit(20).toList();
        if (words.isEmpty()) {
            throw new BadUserInputException("text must contain at least one word", "text");
        }
        // words hold only letters and digits, so they cannot carry tsquery operators
        List<String> terms = new ArrayList<>(words);
        terms.set(terms.size() - 1, terms.get(terms.size() - 1) + ":*");
        String tsquery = String.join(" & ", terms);
        // a cursor belongs to the words it was made for: one of another search is refused
        String tag = SEARCH_CURSOR + "." + Integer.toHexString(tsquery.hashCode());
        PageArgs args = PageArgs.of(first, after, 20, tag, 2);
        boolean drafts = access.seesDrafts();
        Float afterRank = null;
        Long afterId = null;
        if (args.hasAfter()) {
            try {
                afterRank = Float.valueOf(args.after().get(0));
            } catch (NumberFormatException e) {
                throw new BadUserInputException("after is not a cursor of this list", "after");
            }
            afterId = Ids.fromCursor(args.after().get(1));
        }
        RequestGuard.depends("list:facts");
        List<FactRepository.Ranked> rows = facts.findMatching(tsquery, afterRank, afterId, drafts, args.first() + 1);
        Page<Fact> page = Page.of(rows, args, r -> PageArgs.cursor(tag, Float.toString(r.rank()), String.valueOf(r.fact().id)), null)
                .map(r -> r.fact().toView());
        return new FactConnection(page, () -> (int) facts.countMatching(tsquery, drafts));
    }

    /**
     * The sync feed: facts changed after {@code since}, in commit order. An app keeps the last endCursor and
     * passes it as {@code after} next time: pages never skip or repeat a change, however many changes share a
     * timestamp or however late a slow transaction commits; a fact that changes again comes again.
     */
    public FactConnection changes(OffsetDateTime since, Integer first, String after) {
        PageArgs args = PageArgs.of(first, after, 100, CHANGES_CURSOR, 2);
        boolean drafts = access.seesDrafts();
        String afterXid = null;
        Long afterId = null;
        if (args.hasAfter()) {
            afterXid = args.after().get(0);
            if (!afterXid.matches("\\d{1,20}")) {
                throw new BadUserInputException("after is not a cursor of this list", "after");
            }
            afterId = Ids.fromCursor(args.after().get(1));
        }
        RequestGuard.depends("list:facts");
        List<FactRepository.Changed> rows = facts.findChangedSince(since, afterXid, afterId, drafts, args.first() + 1);
        Page<Fact> page = Page.of(rows, args, c -> PageArgs.cursor(CHANGES_CURSOR, c.xid(), String.valueOf(c.fact().id)), null)
                .map(c -> c.fact().toView());
        return new FactConnection(page, () -> (int) facts.countChangedSince(since, drafts));
    }

    /** The drafts of every kind, the most recently changed first: the desk's list of what waits to be published. */
    public FactConnection drafts(Integer first, String after) {
        access.requireDraftReader();
        PageArgs args = PageArgs.of(first, after, 20, DRAFTS_CURSOR, 2);
        PageArgs.TimeKeyset keyset = args.timeKeyset();
        List<FactEntity> rows = facts.findDraftsLatestChangedFirst(keyset == null ? null : keyset.at(), keyset == null ? null : keyset.id(),
                args.first() + 1);
        Page<Fact> page = Page.of(rows, args, f -> PageArgs.cursor(DRAFTS_CURSOR, f.updatedAt.toString(), String.valueOf(f.id)), null)
                .map(FactEntity::toView);
        return new FactConnection(page, () -> (int) facts.countDrafts());
    }

    /**
     * Rewrites the words the search looks in: the summary (the kind's), notes, the places' and the cited and
     * disputing sources' names.
     */
    public void refreshSearchText(FactEntity fact) {
        Set<String> words = new LinkedHashSet<>();
        words.add(kinds.of(fact).summary(fact));
        if (fact.notes != null) {
            words.add(fact.notes);
        }
        places.byIds(new HashSet<>(fact.placeIds())).values().stream().map(Place::name).forEach(words::add);
        citations.citationsOf(List.of(fact.id)).get(fact.id).forEach(c -> {
            words.add(c.source().name());
            if (c.via() != null) {
                words.add(c.via().name());
            }
        });
        disputes.disputesOf(List.of(fact.id)).get(fact.id).forEach(d -> words.add(d.source().name()));
        fact.searchText = String.join(" | ", words).toLowerCase(Locale.ROOT);
    }
}
