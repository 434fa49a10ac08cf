package org.newsroom.facts.usage;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.newsroom.facts.fact.Fact;
import org.newsroom.facts.fact.FactAccess;
import org.newsroom.facts.fact.PublicationStatus;
import org.newsroom.facts.shared.WebUrl;
import org.newsroom.facts.shared.BadUserInputException;
import org.newsroom.facts.shared.CurrentUser;
import org.newsroom.facts.shared.Ids;
import org.newsroom.facts.shared.InputValidator;
import org.newsroom.facts.shared.InvalidStateException;
import org.newsroom.facts.shared.NotFoundException;
import org.newsroom.facts.shared.Page;
import org.newsroom.facts.shared.PageArgs;
import org.newsroom.facts.shared.Times;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Where facts are printed: a page (a CMS story, a live blog) registers the facts it prints at their current
 * version, and again to confirm it is up to date; once a fact is corrected or retracted its pages are stale until
 * they confirm again — the desk's list of stories to update.
 */
@ApplicationScoped
public class UsageService {

    private static final String CURSOR = "stale-usages";

    @Inject
    UsageRepository repository;

    @Inject
    FactAccess facts;

    @Inject
    InputValidator validator;

    @Inject
    CurrentUser user;

    /** editor, chief, cms: records (or confirms) that the page prints the fact at its current version. */
    @Transactional
    public Usage register(String factId, String url, String title) {
        String by = user.requireUsageWriter();
        Long id = Ids.parse(factId);
        Map<Long, Fact> found = id == null ? Map.of() : facts.byIds(List.of(id));
        Fact fact = found.get(id);
        if (fact == null) {
            throw new NotFoundException("no fact has the id " + factId, "factId");
        }
        if (fact.getStatus() == PublicationStatus.DRAFT) {
            throw new InvalidStateException("A draft is not printed: publish the fact first", "factId");
        }
        String page = url == null ? "" : url.trim();
        validator.text("url", page, false, WebUrl.MAX_LENGTH);
        String problem = WebUrl.Validator.problem(page);
        if (problem != null) {
            throw new BadUserInputException(problem, "url");
        }
        String name = title == null || title.isBlank() ? null : title.trim();
        if (name != null) {
            validator.text("title", name, false, 500);
        }
        return repository.upsert(id, page, name, fact.getVersion(), by, Times.now());
    }

    /** The pages that print each fact; editors, chiefs and the CMS. */
    public Map<Long, List<Usage>> usedIn(Collection<Long> factIds) {
        user.requireUsageReader();
        return repository.findByFacts(factIds);
    }

    /** The pages whose fact changed since they last confirmed it, oldest registration first; editors, chiefs and the CMS. */
    public UsageConnection stale(Integer first, String after) {
        user.requireUsageReader();
        PageArgs args = PageArgs.of(first, after, 50, CURSOR, 2);
        PageArgs.TimeKeyset keyset = args.timeKeyset();
        List<Usage> rows = repository.findStale(keyset == null ? null : keyset.at(), keyset == null ? null : keyset.id(), args.first() + 1);
        Page<Usage> page = Page.of(rows, args, u -> PageArgs.cursor(CURSOR, u.registeredAt().toString(), String.valueOf(u.id())), null);
        return new UsageConnection(page, (int) repository.countStale());
    }

    /** The facts of usages, for batches. */
    public Map<Long, Fact> factsOf(Collection<Long> factIds) {
        return facts.byIds(factIds);
    }
}
