package org.newsroom.facts.statistic;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.fact.FactPage;
import org.newsroom.facts.shared.Page;
import org.newsroom.facts.shared.PageInfo;

/** A page of statistics; totalCount is a batched field of {@link StatisticGraphQLApi}. */
@Type("StatisticConnection")
@Description("A page of statistics.")
public class StatisticConnection {

    private final Page<Statistic> page;

    public StatisticConnection(Page<Statistic> page) {
        this.page = page;
    }

    @Description("The statistics of this page with their cursors.")
    public @NonNull List<@NonNull StatisticEdge> getEdges() {
        return page.edges(StatisticEdge::new);
    }

    @Description("The statistics of this page.")
    public @NonNull List<@NonNull Statistic> getNodes() {
        return page.items();
    }

    @Description("Where this page stands.")
    public @NonNull PageInfo getPageInfo() {
        return page.pageInfo();
    }

    @Ignore
    public FactPage countKey() {
        return (FactPage) page.countKey();
    }

    /** A statistic with its cursor. */
    @Type("StatisticEdge")
    @Description("A statistic with its cursor.")
    public record StatisticEdge(
            @NonNull @Description("Pass as after to get the statistics that follow.") String cursor,
            @NonNull @Description("The statistic.") Statistic node) {
    }
}
