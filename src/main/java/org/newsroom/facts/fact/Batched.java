package org.newsroom.facts.fact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers of batched loads: a list per key, empty until filled. */
public final class Batched {

    private Batched() {
    }

    /** An empty list per id, in the ids' order. */
    public static <T> Map<Long, List<T>> emptyLists(Collection<Long> ids) {
        Map<Long, List<T>> result = new LinkedHashMap<>();
        ids.forEach(id -> result.put(id, new ArrayList<>()));
        return result;
    }
}
