package org.newsroom.facts.fact;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.newsroom.facts.place.Place;
import org.newsroom.facts.place.PlaceService;
import org.newsroom.facts.shared.BadUserInputException;
import org.newsroom.facts.shared.ConflictException;
import org.newsroom.facts.shared.CurrentUser;
import org.newsroom.facts.shared.Ids;
import org.newsroom.facts.shared.InputValidator;
import org.newsroom.facts.shared.InvalidStateException;
import org.newsroom.facts.shared.NotFoundException;
import org.newsroom.facts.shared.Page;
import org.newsroom.facts.shared.PageArgs;
import org.newsroom.facts.shared.RequestGuard;
import org.newsroom.facts.shared.Times;
import org.newsroom.facts.source.Source;
import org.newsroom.facts.source.SourceService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What all kinds of fact share: visibility, versions, citations, disputes, publishing, lookup by id, search
 * and the sync feed, and batched loading of their lists.
 */
@ApplicationScoped
public class FactService {

    private static final String SEARCH_CURSOR = "search";
    private static final String CHANGES_CURSOR = "changes";

    @Inject
    FactRepository facts;

    @Inject
    FactPageRepository pages;

    @Inject
    CitationRepository citations;

    @Inject
    DisputeRepository disputes;

    @Inject
    SourceService sources;

    @Inject
    PlaceService places;

    @Inject
    InputValidator validator;

    @Inject
    CurrentUser user;

    @Inject
    CorrectionNoteRepository notes;

    @Inject
    CitationReadRepository reads;

    @Inject
    CitationMemo memo;

    @Inject
    RevisionContext revision;

    /** Declares what the change about to be made is, for the revision it will make (history). */
    public void declare(RevisionAction action, String note) {
        revision.declare(action, note);
    }

    /** True when the caller may see drafts. */
    public boolean seesDrafts() {
        return user.isEditor();
    }

    /**
     * Narrows a query to what the caller may see: the asked status (readers may only ask for PUBLISHED or
     * RETRACTED: FORBIDDEN otherwise) and the period [from, to] (BAD_USER_INPUT when from is after to).
     *
     * @param field the input path of the filter, e.g. {@code filter}
     */
    public FactQuery scope(FactQuery query, PublicationStatus status, java.time.LocalDate from, java.time.LocalDate to,
            String field) {
        boolean drafts = seesDrafts();
        if (status == PublicationStatus.DRAFT && !drafts) {
            throw new org.newsroom.facts.shared.ForbiddenException("Only editors and chiefs may list drafts", field + ".status");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadUserInputException("must not be before from", field + ".to");
        }
        return query.status(status, drafts).overlapping(from, to);
    }

    /** The facts of the given ids the caller may see, in one statement. */
    public Map<Long, Fact> byIds(Collection<Long> ids) {
        Map<Long, Fact> result = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            boolean drafts = seesDrafts();
            facts.list("id in ?1", ids).stream().filter(f -> drafts || !f.isDraft()).forEach(f -> result.put(f.id, f.toView()));
        }
        return result;
    }

    /** The fact of that id if the caller may see it, else null. */
    public Fact find(String id) {
        FactEntity e = visible(parseId(id));
        return e == null ? null : e.toView();
    }

    /**
     * The fact of that id for a change by the caller, locked until the transaction ends; NOT_FOUND (on the field)
     * when the caller cannot see it.
     */
    public FactEntity require(String id, String field) {
        Long key = parseId(id);
        FactEntity e = key == null ? null : facts.findByIdForUpdate(key);
        if (e == null || (e.isDraft() && !seesDrafts())) {
            throw new NotFoundException("no fact has the id " + id, field);
        }
        return e;
    }

    /** CONFLICT unless the fact is at the expected version. */
    public void checkVersion(FactEntity fact, int expectedVersion) {
        if (fact.version != expectedVersion) {
            throw new ConflictException("The fact is at version " + fact.version + ", not " + expectedVersion
                    + ": someone else changed it first", "expectedVersion");
        }
    }

    @Transactional
    public Fact addCitation(String factId, CitationInput input) {
        String by = user.requireEditor();
        FactEntity fact = require(factId, "factId");
        validator.check("input", input);
        List<CitationEntity> added = addCitations(fact, List.of(input), "input", by);
        declare(RevisionAction.EDITED, "Citation added: " + describe(added.get(0)));
        fact.touch(by);
        refreshSearchText(fact);
        facts.flush();
        return fact.toView();
    }

    /**
     * Stores citations of a fact being written in the caller's transaction; the inputs are validated, and their
     * sources must exist (NOT_FOUND on {@code field[i].sourceId}).
     */
    public List<CitationEntity> addCitations(FactEntity fact, List<CitationInput> inputs, String field, String by) {
        List<CitationEntity> added = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            CitationInput in = inputs.get(i);
            String path = inputs.size() == 1 && !field.endsWith("citations") ? field : field + "[" + i + "]";
            CitationEntity c = new CitationEntity();
            c.factId = fact.id;
            c.sourceId = Long.valueOf(sources.require(in.sourceId, path + ".sourceId").id());
            c.viaSourceId = in.viaSourceId == null ? null : Long.valueOf(sources.require(in.viaSourceId, path + ".viaSourceId").id());
            c.title = blankToNull(in.title);
            c.url = blankToNull(in.url);
            c.publishedOn = in.publishedOn;
            c.accessedOn = in.accessedOn;
            c.quote = blankToNull(in.quote);
            c.createdAt = Times.now();
            c.createdBy = by;
            citations.persist(c);
            added.add(c);
            memo.forget();
        }
        return added;
    }

    private String describe(CitationEntity c) {
        Map<Long, Source> byId = sources.byIds(Stream.of(c.sourceId, c.viaSourceId).filter(x -> x != null).toList());
        return attribution(List.of(new Citation("", byId.get(c.sourceId), c.viaSourceId == null ? null : byId.get(c.viaSourceId),
                null, null, null, null, null))).replaceFirst("^according to ", "");
    }

    /** Stores a correction's evidence: a citation of the fact that counts only once {@link #activate}d. */
    public Citation addEvidence(FactEntity fact, CitationInput input, String field, String by) {
        CitationEntity c = addCitations(fact, List.of(input), field, by).get(0);
        c.active = false;
        return citationsByIds(List.of(c.id)).get(c.id);
    }

    /** Makes a correction's evidence count for its fact. */
    public void activate(long citationId) {
        CitationEntity c = citations.findById(citationId);
        if (c != null) {
            c.active = true;
            memo.forget();
        }
    }

    /** Citations by id (also inactive evidence), in two statements. */
    public Map<Long, Citation> citationsByIds(Collection<Long> ids) {
        List<CitationEntity> rows = citations.findByIds(ids);
        Map<Long, Source> byId = sources.byIds(rows.stream()
                .flatMap(c -> Stream.of(c.sourceId, c.viaSourceId)).filter(x -> x != null).collect(Collectors.toSet()));
        Map<Long, Citation> result = new LinkedHashMap<>();
        rows.forEach(c -> result.put(c.id, view(c, byId)));
        return result;
    }

    private static Citation view(CitationEntity c, Map<Long, Source> sourcesById) {
        return new Citation(String.valueOf(c.id), sourcesById.get(c.sourceId), c.viaSourceId == null ? null : sourcesById.get(c.viaSourceId),
                c.title, c.url, c.publishedOn, c.accessedOn, c.quote);
    }

    /** Adds a public correction note to a fact. */
    public void addNote(FactEntity fact, String text) {
        CorrectionNoteEntity note = new CorrectionNoteEntity();
        note.factId = fact.id;
        note.correctedAt = Times.now();
        note.text = text.trim();
        notes.persist(note);
    }

    /** The public correction notes of each fact, newest first, in one statement (readers' JDBC). */
    public Map<Long, List<CorrectionNote>> notesOf(Collection<Long> factIds) {
        Map<Long, List<CorrectionNote>> result = emptyLists(factIds);
        reads.findNotesNewestFirst(factIds).forEach(n -> result.get(n.factId()).add(n.note()));
        return result;
    }

    @Transactional
    public Fact retract(String id, int expectedVersion, String reason) {
        String by = user.requireChief();
        FactEntity fact = require(id, "id");
        if (reason == null || reason.isBlank()) {
            throw new BadUserInputException("must not be blank: it is printed as the correction note", "reason");
        }
        validator.text("reason", reason, true);
        if (reason.length() > 2000) {
            throw new BadUserInputException("size must be between 1 and 2000", "reason");
        }
        checkVersion(fact, expectedVersion);
        if (fact.status != PublicationStatus.PUBLISHED) {
            throw new InvalidStateException("Only published facts can be retracted; this fact is " + fact.status, "id");
        }
        declare(RevisionAction.RETRACTED, reason);
        fact.status = PublicationStatus.RETRACTED;
        fact.touch(by);
        addNote(fact, reason);
        facts.flush();
        return fact.toView();
    }

    @Transactional
    public Fact addDispute(String factId, DisputeInput input) {
        String by = user.requireEditor();
        FactEntity fact = require(factId, "factId");
        validator.check("input", input);
        DisputeEntity d = new DisputeEntity();
        d.factId = fact.id;
        d.sourceId = Long.valueOf(sources.require(input.sourceId, "input.sourceId").id());
        d.statement = input.statement.trim();
        d.statedOn = input.on;
        d.createdAt = Times.now();
        d.createdBy = by;
        declare(RevisionAction.EDITED, "Disputed by " + sources.find(input.sourceId).name() + ": " + d.statement);
        disputes.persist(d);
        fact.verification = Verification.DISPUTED;
        fact.touch(by);
        refreshSearchText(fact);
        facts.flush();
        return fact.toView();
    }

    @Transactional
    public Fact publish(String id, int expectedVersion) {
        String by = user.requireChief();
        FactEntity fact = require(id, "id");
        checkVersion(fact, expectedVersion);
        if (!fact.isDraft()) {
            throw new InvalidStateException("Only drafts can be published; this fact is " + fact.status, "id");
        }
        if (citations.countActiveByFact(fact.id) == 0) {
            throw new InvalidStateException("A fact needs at least one citation to be published", "id");
        }
        declare(RevisionAction.PUBLISHED, null);
        fact.status = PublicationStatus.PUBLISHED;
        fact.publishedAt = Times.now();
        fact.touch(by);
        facts.flush();
        return fact.toView();
    }

    /**
     * The citations of each fact within the caller's transaction (Hibernate: it sees what the transaction wrote), in
     * two statements whatever the number of facts, and once per request.
     */
    public Map<Long, List<Citation>> citationsOf(Collection<Long> factIds) {
        return memoized(factIds, missing -> {
            List<CitationEntity> rows = citations.findActiveByFacts(missing);
            Map<Long, Source> byId = sources.byIds(rows.stream()
                    .flatMap(c -> Stream.of(c.sourceId, c.viaSourceId)).filter(x -> x != null).collect(Collectors.toSet()));
            Map<Long, List<Citation>> loaded = emptyLists(missing);
            rows.forEach(c -> loaded.get(c.factId).add(view(c, byId)));
            return loaded;
        });
    }

    /**
     * The citations of each fact as readers see them — committed rows, plain JDBC, no persistence context — in two
     * statements whatever the number of facts, and once per request ({@code citations} and {@code attribution}).
     */
    public Map<Long, List<Citation>> readCitations(Collection<Long> factIds) {
        return memoized(factIds, missing -> {
            List<CitationReadRepository.CitationRow> rows = reads.findActiveByFacts(missing);
            Map<Long, Source> byId = sources.readByIds(rows.stream()
                    .flatMap(c -> Stream.of(c.sourceId(), c.viaSourceId())).filter(x -> x != null).collect(Collectors.toSet()));
            Map<Long, List<Citation>> loaded = emptyLists(missing);
            rows.forEach(c -> loaded.get(c.factId()).add(new Citation(String.valueOf(c.id()), byId.get(c.sourceId()),
                    c.viaSourceId() == null ? null : byId.get(c.viaSourceId()), c.title(), c.url(), c.publishedOn(), c.accessedOn(), c.quote())));
            return loaded;
        });
    }

    /** The citations of the facts, loading (by {@code load}) only those this request has not loaded yet. */
    private Map<Long, List<Citation>> memoized(Collection<Long> factIds, java.util.function.Function<List<Long>, Map<Long, List<Citation>>> load) {
        Map<Long, List<Citation>> known = memo.known();
        List<Long> missing = factIds.stream().filter(id -> !known.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            known.putAll(load.apply(missing));
        }
        Map<Long, List<Citation>> result = new LinkedHashMap<>();
        factIds.forEach(id -> result.put(id, known.get(id)));
        return result;
    }

    /** The disputes of each fact, in two statements whatever the number of facts. */
    public Map<Long, List<Dispute>> disputesOf(Collection<Long> factIds) {
        List<DisputeEntity> rows = disputes.findByFacts(factIds);
        Map<Long, Source> byId = sources.byIds(rows.stream().map(d -> d.sourceId).collect(Collectors.toSet()));
        Map<Long, List<Dispute>> result = emptyLists(factIds);
        for (DisputeEntity d : rows) {
            result.get(d.factId).add(new Dispute(byId.get(d.sourceId), d.statement, d.statedOn));
        }
        return result;
    }

    /** 'according to X, as reported by Y, and Z': every distinct source / via pair, in citation order. */
    public static String attribution(List<Citation> cited) {
        Set<String> parts = new LinkedHashSet<>();
        for (Citation c : cited) {
            parts.add(c.via() == null ? c.source().name() : c.source().name() + ", as reported by " + c.via().name());
        }
        if (parts.isEmpty()) {
            return "no source cited yet";
        }
        List<String> list = new ArrayList<>(parts);
        String joined = list.size() == 1 ? list.get(0)
                : String.join("; ", list.subList(0, list.size() - 1)) + (list.size() > 2 ? ";" : "") + " and " + list.get(list.size() - 1);
        return "according to " + joined;
    }

    /** Stores a new fact with its citations and search text, in the caller's transaction. */
    public void saveNew(FactEntity fact, List<CitationInput> citationInputs, String by) {
        declare(RevisionAction.CREATED, null);
        facts.persist(fact);
        if (citationInputs != null) {
            addCitations(fact, citationInputs, "input.citations", by);
        }
        refreshSearchText(fact);
        facts.flush();
    }

    /**
     * CONFLICT unless at the expected version, INVALID_STATE unless a draft (published facts change by
     * correction); then declares the edit and its note for the history.
     */
    public void checkEditableDraft(FactEntity fact, int expectedVersion, String note) {
        validator.text("note", note, true);
        declare(RevisionAction.EDITED, note);
        checkVersion(fact, expectedVersion);
        if (!fact.isDraft()) {
            throw new InvalidStateException("Only drafts can be edited; a " + fact.status
                    + " fact changes through a reviewed correction (submitCorrection)", "id");
        }
    }

    /** Stops tracking a fact, so that a patch can be tried on it without being written. */
    public void detach(FactEntity fact) {
        facts.detach(fact);
    }

    /** Saves an edit of a fact: one new version, fresh search text. */
    public void saveEdit(FactEntity fact, String by) {
        fact.touch(by);
        refreshSearchText(fact);
        facts.flush();
    }

    /** A page of facts of one kind matching a query, in one statement. */
    public <E extends FactEntity, V> Page<V> page(String list, java.util.function.Supplier<E> kind, FactQuery query, FactOrder order, Integer first,
            String after, java.util.function.Function<E, V> view) {
        FactPageArgs args = pageArgs(list + "." + query.fingerprint(), order, first, after);
        RequestGuard.depends(query.listTag());
        return args.page(pages.findPage(kind, query, args.order(), args.after(), args.limit()), new FactPage(query, null), view);
    }

    /** The first page (newest first) of facts of one kind per country of the query's group column, in one statement. */
    public <E extends FactEntity, V> Map<String, Page<V>> pagePerCountry(String list, java.util.function.Supplier<E> kind, FactQuery query,
            Collection<String> countryCodes, Integer first, String after, java.util.function.Function<E, V> view) {
        FactPageArgs args = pageArgs(list + "." + query.groupColumn() + "." + query.fingerprint(), FactOrder.NEWEST_FIRST, first, after);
        countryCodes.forEach(country -> RequestGuard.depends(query.listTag() + ":" + country));
        Map<String, List<E>> rows = pages.findPagePerGroup(kind, query, countryCodes, args.order(), args.after(), args.limit());
        Map<String, Page<V>> result = new LinkedHashMap<>();
        rows.forEach((country, rowsOfCountry) -> result.put(country, args.page(rowsOfCountry, new FactPage(query, country), view)));
        return result;
    }

    /**
     * The checked paging arguments of a list of facts of one kind: cursors carry the list and the order, so a
     * cursor of another list or order is refused (BAD_USER_INPUT on after).
     */
    FactPageArgs pageArgs(String list, FactOrder order, Integer first, String after) {
        FactOrder o = order == null ? FactOrder.NEWEST_FIRST : order;
        String tag = list + "." + o.name();
        PageArgs args = PageArgs.of(first, after, 20, tag, 2);
        FactPageRepository.Keyset keyset = args.hasAfter()
                ? FactPageRepository.keyset(o, args.after().get(0), args.after().get(1), "after")
                : null;
        return new FactPageArgs(args, o, keyset, tag);
    }

    /** Paging arguments of a list of facts, with the keyset to continue after. */
    public record FactPageArgs(PageArgs args, FactOrder order, FactPageRepository.Keyset after, String tag) {

        /** How many rows to fetch: one more than the page, to know whether another page follows. */
        public int limit() {
            return args.first() + 1;
        }

        public <E extends FactEntity, V> Page<V> page(List<E> rows, FactPage countKey, java.util.function.Function<E, V> view) {
            return Page.of(rows, args, e -> PageArgs.cursor(tag, FactPageRepository.keyOf(e, order), String.valueOf(e.id)), countKey)
                    .map(view);
        }
    }

    /** The totalCount of each page of facts; one statement per distinct query. */
    public List<Integer> count(List<FactPage> factPages) {
        return pages.count(factPages);
    }

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
        boolean drafts = seesDrafts();
        Float afterRank = null;
        Long afterId = null;
        if (args.hasAfter()) {
            try {
                afterRank = Float.valueOf(args.after().get(0));
            } catch (NumberFormatException e) {
                throw new BadUserInputException("after is not a cursor of this list", "after");
            }
            afterId = parseCursorId(args.after().get(1));
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
        boolean drafts = seesDrafts();
        String afterXid = null;
        Long afterId = null;
        if (args.hasAfter()) {
            afterXid = args.after().get(0);
            if (!afterXid.matches("\\d{1,20}")) {
                throw new BadUserInputException("after is not a cursor of this list", "after");
            }
            afterId = parseCursorId(args.after().get(1));
        }
        RequestGuard.depends("list:facts");
        List<FactRepository.Changed> rows = facts.findChangedSince(since, afterXid, afterId, drafts, args.first() + 1);
        Page<Fact> page = Page.of(rows, args, c -> PageArgs.cursor(CHANGES_CURSOR, c.xid(), String.valueOf(c.fact().id)), null)
                .map(c -> c.fact().toView());
        return new FactConnection(page, () -> (int) facts.countChangedSince(since, drafts));
    }

    /**
     * Rewrites the words the search looks in: the summary, notes, the places' and the cited and disputing
     * sources' names.
     */
    public void refreshSearchText(FactEntity fact) {
        Set<String> words = new LinkedHashSet<>();
        words.add(fact.toView().getSummary());
        if (fact.notes != null) {
            words.add(fact.notes);
        }
        places.byIds(new HashSet<>(fact.placeIds())).values().stream().map(Place::name).forEach(words::add);
        citationsOf(List.of(fact.id)).get(fact.id).forEach(c -> {
            words.add(c.source().name());
            if (c.via() != null) {
                words.add(c.via().name());
            }
        });
        disputesOf(List.of(fact.id)).get(fact.id).forEach(d -> words.add(d.source().name()));
        fact.searchText = String.join(" | ", words).toLowerCase(Locale.ROOT);
    }

    private FactEntity visible(Long id) {
        if (id == null) {
            return null;
        }
        RequestGuard.depends("f:" + id); // also when there is none to see yet: a draft may be published
        FactEntity e = facts.findById(id);
        if (e == null || (e.isDraft() && !seesDrafts())) {
            return null;
        }
        return e;
    }

    public static Long parseId(String id) {
        return Ids.parse(id);
    }

    private static Long parseCursorId(String id) {
        return Ids.fromCursor(id);
    }

    private static <T> Map<Long, List<T>> emptyLists(Collection<Long> ids) {
        Map<Long, List<T>> result = new LinkedHashMap<>();
        ids.forEach(id -> result.put(id, new ArrayList<>()));
        return result;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
