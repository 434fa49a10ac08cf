package org.newsroom.facts.fact;

import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsroom.facts.shared.Page;
import org.newsroom.facts.shared.PageInfo;

/**
 * A page of facts of one kind, the base of each kind's connection type ({@code DeploymentConnection}); its
 * totalCount is a batched field of the kind's API.
 *
 * @param <V> the kind's view
 * @param <E> the kind's edge
 */
public abstract class KindConnection<V extends Fact, E> {

    private final Page<V> page;
    private final BiFunction<String, V, E> edge;

    protected KindConnection(Page<V> page, BiFunction<String, V, E> edge) {
        this.page = page;
        this.edge = edge;
    }

    @Description("The facts of this page with their cursors.")
    public @NonNull List<@NonNull E> getEdges() {
        return page.edges(edge);
    }

    @Description("The facts of this page.")
    public @NonNull List<@NonNull V> getNodes() {
        return page.items();
    }

    @Description("Where this page stands.")
    public @NonNull PageInfo getPageInfo() {
        return page.pageInfo();
    }

    /** What the connection's totalCount is counted from. */
    @Ignore
    public FactPage countKey() {
        return (FactPage) page.countKey();
    }
}
