package org.newsroom.facts.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One page of items with their cursors, the raw material of every Relay connection type.
 *
 * @param countKey what the connection's totalCount is computed from (the query it came from), or null
 */
public record Page<T>(List<T> items, List<String> cursors, boolean hasNext, boolean hasPrevious, Object countKey) {

    /** Cuts a list fetched with {@code first + 1} rows down to the page. */
    public static <T> Page<T> of(List<T> fetched, PageArgs args, Function<T, String> cursor, Object countKey) {
        boolean hasNext = fetched.size() > args.first();
        List<T> items = hasNext ? List.copyOf(fetched.subList(0, args.first())) : List.copyOf(fetched);
        return new Page<>(items, new Cursors<>(items, cursor), hasNext, args.hasAfter(), countKey);
    }

    /** The cursors of a page's items, each made when first asked: most pages are read without edges or pageInfo. */
    private static final class Cursors<T> extends java.util.AbstractList<String> {
        private final List<T> items;
        private final Function<T, String> cursor;
        private final String[] made;

        Cursors(List<T> items, Function<T, String> cursor) {
            this.items = items;
            this.cursor = cursor;
            this.made = new String[items.size()];
        }

        @Override
        public String get(int i) {
            String c = made[i];
            if (c == null) {
                c = cursor.apply(items.get(i)); // the same string whichever thread makes it first
                made[i] = c;
            }
            return c;
        }

        @Override
        public int size() {
            return made.length;
        }
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), cursors, hasNext, hasPrevious, countKey);
    }

    public <E> List<E> edges(BiFunction<String, T, E> edge) {
        List<E> edges = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            edges.add(edge.apply(cursors.get(i), items.get(i)));
        }
        return edges;
    }

    public PageInfo pageInfo() {
        return new PageInfo(hasNext, hasPrevious,
                cursors.isEmpty() ? null : cursors.get(0),
                cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
    }
}
