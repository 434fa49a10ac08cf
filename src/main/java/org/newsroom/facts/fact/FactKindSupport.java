package org.newsroom.facts.fact;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.newsroom.facts.shared.Page;

import jakarta.inject.Inject;

/**
 * What the service of every kind of fact does the same way — its identity as a {@link FactKind}, drafts, lookup,
 * pages and counts — so that a kind's service holds only its own rules and queries.
 *
 * @param <E> the kind's entity
 * @param <P> the kind's patch
 * @param <V> the kind's view
 */
public abstract class FactKindSupport<E extends FactEntity, P extends FactPatch, V extends Fact> implements FactKind<E, P> {

    private final String discriminator;
    private final String name;
    private final Class<E> entityType;
    private final Supplier<E> entities;
    private final Class<P> patchType;
    private final Class<? extends FactInput<P>> inputType;
    private final Class<V> viewType;
    private final Function<E, V> view;

    @Inject
    protected FactDrafts drafts;

    @Inject
    protected FactAccess access;

    @Inject
    protected FactPaging paging;

    protected FactKindSupport(String discriminator, String name, Class<E> entityType, Supplier<E> entities, Class<P> patchType,
            Class<? extends FactInput<P>> inputType, Class<V> viewType, Function<E, V> view) {
        this.discriminator = discriminator;
        this.name = name;
        this.entityType = entityType;
        this.entities = entities;
        this.patchType = patchType;
        this.inputType = inputType;
        this.viewType = viewType;
        this.view = view;
    }

    @Override
    public String discriminator() {
        return discriminator;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Class<E> entityType() {
        return entityType;
    }

    @Override
    public E newEntity() {
        return entities.get();
    }

    @Override
    public Class<P> patchType() {
        return patchType;
    }

    @Override
    public Class<? extends FactInput<P>> inputType() {
        return inputType;
    }

    /** editor, chief: a new draft of the kind. */
    public V create(FactInput<P> input) {
        return view.apply(drafts.create(this, input));
    }

    @Inject
    protected FactSimilarity similarity;

    /** {@link FactKind#whereKeysSql} of a kind whose countries are rows of a table (fact_id, country_code). */
    protected static String countriesIn(String table) {
        return "array(select cast(c.country_code as text) from " + table + " c where c.fact_id = f.id)";
    }

    /** editor, chief: the existing facts a new one of the kind would repeat (nothing is saved). */
    public List<SimilarFact> similar(FactInput<P> input, Integer first) {
        return similarity.similar(this, input, first);
    }

    /** editor, chief: an edit of a draft of the kind (published facts change through corrections). */
    public V update(String id, int expectedVersion, P patch, String note) {
        return view.apply(drafts.update(this, id, expectedVersion, patch, note));
    }

    /** The fact of that id if it is of this kind and the caller may see it, else null. */
    public V find(String id) {
        return access.find(id, viewType);
    }

    /** The totalCount of each page; one statement per distinct query. */
    public List<Integer> count(List<FactPage> pages) {
        return paging.count(pages);
    }

    /** A page of the kind's facts matching a query the caller may see, as the kind's connection. */
    protected <C> C page(FactQuery query, FactOrder order, Integer first, String after, Function<Page<V>, C> connection) {
        return connection.apply(paging.page(this, query, order, first, after, view));
    }

    /** The first page (newest first) of the kind's facts per country of the query's grouping, as connections; one statement. */
    protected <C> Map<String, C> pagePerCountry(FactQuery query, Collection<String> countryCodes, Integer first, String after,
            Function<Page<V>, C> connection) {
        Map<String, C> result = new LinkedHashMap<>();
        paging.pagePerCountry(this, query, countryCodes, first, after, view)
                .forEach((country, page) -> result.put(country, connection.apply(page)));
        return result;
    }
}
