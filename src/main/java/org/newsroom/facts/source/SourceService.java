package org.newsroom.facts.source;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.newsroom.facts.country.CountryService;
import org.newsroom.facts.shared.ConflictException;
import org.newsroom.facts.shared.CurrentUser;
import org.newsroom.facts.shared.Ids;
import org.newsroom.facts.shared.InputValidator;
import org.newsroom.facts.shared.Times;
import org.newsroom.facts.shared.NotFoundException;
import org.newsroom.facts.shared.Page;
import org.newsroom.facts.shared.PageArgs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Sources: entry and versioned updates by editors, lookups and pages for everyone. */
@ApplicationScoped
public class SourceService {

    private static final String CURSOR = "source";

    @Inject
    SourceReadRepository reads;

    @Inject
    SourceRepository repository;

    @Inject
    CountryService countries;

    @Inject
    InputValidator validator;

    @Inject
    CurrentUser user;

    @Inject
    jakarta.enterprise.event.Event<org.newsroom.facts.shared.SourceRenamed> renamed;

    @Transactional
    public Source create(SourceInput input) {
        String by = user.requireEditor();
        validator.check("input", input);
        SourceEntity source = new SourceEntity();
        apply(source, input);
        source.createdAt = source.updatedAt = Times.now();
        source.createdBy = source.updatedBy = by;
        source.version = 1;
        repository.persist(source);
        return source.toView();
    }

    @Transactional
    public Source update(String id, int expectedVersion, SourceInput input) {
        String by = user.requireEditor();
        Long parsed = parseId(id);
        SourceEntity source = parsed == null ? null : repository.findById(parsed);
        if (source == null) {
            throw new NotFoundException("no source has the id " + id, "id");
        }
        validator.check("input", input);
        if (source.version != expectedVersion) {
            throw new ConflictException("The source is at version " + source.version + ", not " + expectedVersion
                    + ": someone else changed it first", "expectedVersion");
        }
        String oldName = source.name;
        apply(source, input);
        source.updatedAt = Times.now();
        source.updatedBy = by;
        repository.flush();
        if (!oldName.equals(source.name)) {
            renamed.fire(new org.newsroom.facts.shared.SourceRenamed(source.id, oldName, source.name));
        }
        return source.toView();
    }

    /** The source of that id, or null (also for ids that cannot be one). */
    public Source find(String id) {
        Long parsed = parseId(id);
        if (parsed != null) {
            org.newsroom.facts.shared.RequestGuard.depends("s:" + parsed);
        }
        SourceEntity s = parsed == null ? null : repository.findById(parsed);
        return s == null ? null : s.toView();
    }

    /** Sources by id, for batches and citations: one query whatever the number of ids. */
    /** The sources of the given ids for readers (plain JDBC, no persistence context), in one statement. */
    public Map<Long, Source> readByIds(Collection<Long> ids) {
        return reads.findByIds(ids);
    }

    /** A source at a revision of the history (Envers' revision number). */
    public record At(long sourceId, long revision) {
    }

    /**
     * The sources as they were at the given revisions (their names then), as they are now where their history does not
     * reach back so far; one statement.
     */
    public Map<At, Source> readAt(Collection<At> keys) {
        return reads.findAt(keys);
    }

    public Map<Long, Source> byIds(Collection<Long> ids) {
        return repository.listByIds(ids).stream().collect(Collectors.toMap(s -> s.id, SourceEntity::toView));
    }

    /** The source of that id; NOT_FOUND on the given field when there is none. */
    public Source require(String id, String field) {
        Source s = find(id);
        if (s == null) {
            throw new NotFoundException("no source has the id " + id, field);
        }
        return s;
    }

    public SourceConnection page(String search, SourceKind kind, Integer first, String after) {
        PageArgs args = PageArgs.of(first, after, 50, CURSOR, 2);
        org.newsroom.facts.shared.RequestGuard.depends("list:sources");
        String afterName = args.hasAfter() ? args.after().get(0) : null;
        Long afterId = args.hasAfter() ? parseCursorId(args.after().get(1)) : null;
        var rows = repository.findPageMatching(search, kind, afterName, afterId, args.first() + 1);
        Page<Source> page = Page.of(rows, args, s -> PageArgs.cursor(CURSOR, s.name.toLowerCase(Locale.ROOT), String.valueOf(s.id)), null)
                .map(SourceEntity::toView);
        return new SourceConnection(page, (int) repository.countMatching(search, kind));
    }

    /** For data loading: the source of that name, created if missing. */
    @Transactional
    public Source findOrCreate(SourceInput input) {
        SourceEntity existing = repository.findByName(input.name);
        return existing != null ? existing.toView() : create(input);
    }

    /** The source of that name (in any case), or null: story intake matches the names a story gives. */
    public Source named(String name) {
        SourceEntity found = name == null || name.isBlank() ? null : repository.findByName(name);
        return found == null ? null : found.toView();
    }

    public static Long parseId(String id) {
        return Ids.parse(id);
    }

    private static Long parseCursorId(String id) {
        return Ids.fromCursor(id);
    }

    private void apply(SourceEntity source, SourceInput input) {
        source.name = input.name.trim();
        source.kind = input.kind;
        source.countryCode = countries.resolve(input.country, "input.country");
        source.url = blankToNull(input.url);
        source.description = blankToNull(input.description);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
