package org.newsroom.facts.fact;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.newsroom.facts.shared.Page;
import org.newsroom.facts.shared.PageArgs;
import org.newsroom.facts.shared.RequestGuard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Pages of facts of one kind (keyset cursors that belong to their list and order), per country, and their counts. */
@ApplicationScoped
public class FactPaging {

    @Inject
    FactPageRepository pages;

    @Inject
    FactKinds kinds;

    /** A page of facts of one kind matching a query, in one statement. */
    public <E extends FactEntity, V> Page<V> page(FactKind<E, ?> kind, FactQuery query, FactOrder order, Integer first, String after,
            Function<E, V> view) {
        FactPageArgs args = pageArgs(list(kind) + "." + query.fingerprint(), order, first, after);
        RequestGuard.depends(query.listTag());
        return args.page(pages.findPage(kind, query, args.order(), args.after(), args.limit()), new FactPage(query, null), view);
    }

    /** The first page (newest first) of facts of one kind per country of the query's grouping, in one statement. */
    public <E extends FactEntity, V> Map<String, Page<V>> pagePerCountry(FactKind<E, ?> kind, FactQuery query,
            Collection<String> countryCodes, Integer first, String after, Function<E, V> view) {
        countryCodes.forEach(country -> RequestGuard.depends(query.listTag() + ":" + country));
        return pagePerGroup(list(kind), kind, query, countryCodes, first, after, view);
    }

    /** The first page (newest first) of facts of any kind per group of the query (a source citing them), in one statement. */
    public Map<String, Page<Fact>> pagePerGroup(FactQuery query, Collection<String> groups, Integer first, String after) {
        RequestGuard.depends(query.listTag());
        return pagePerGroup("facts", kinds, query, groups, first, after, FactEntity::toView);
    }

    private <E extends FactEntity, V> Map<String, Page<V>> pagePerGroup(String list, FactRows<E> kind, FactQuery query,
            Collection<String> countryCodes, Integer first, String after, Function<E, V> view) {
        FactPageArgs args = pageArgs(list + "." + query.groupName() + "." + query.fingerprint(), FactOrder.NEWEST_FIRST, first, after);
        Map<String, List<E>> rows = pages.findPagePerGroup(kind, query, countryCodes, args.order(), args.after(), args.limit());
        Map<String, Page<V>> result = new LinkedHashMap<>();
        rows.forEach((country, rowsOfCountry) -> result.put(country, args.page(rowsOfCountry, new FactPage(query, country), view)));
        return result;
    }

    /** The totalCount of each page of facts; one statement per distinct query. */
    public List<Integer> count(List<FactPage> factPages) {
        return pages.count(factPages);
    }

    private static String list(FactKind<?, ?> kind) {
        return kind.name() + "s";
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

        public <E extends FactEntity, V> Page<V> page(List<E> rows, FactPage countKey, Function<E, V> view) {
            return Page.of(rows, args, e -> PageArgs.cursor(tag, FactPageRepository.keyOf(e, order), String.valueOf(e.id)), countKey)
                    .map(view);
        }
    }
}
