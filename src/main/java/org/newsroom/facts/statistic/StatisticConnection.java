package org.newsroom.facts.statistic;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.fact.KindConnection;
import org.newsroom.facts.shared.Page;

/** A page of statistics; totalCount is a batched field of {@link StatisticGraphQLApi}. */
@Type("StatisticConnection")
@Description("A page of statistics.")
public class StatisticConnection extends KindConnection<Statistic, StatisticConnection.StatisticEdge> {

    public StatisticConnection(Page<Statistic> page) {
        super(page, StatisticEdge::new);
    }

    /** A statistic with its cursor. */
    @Type("StatisticEdge")
    @Description("A statistic with its cursor.")
    public record StatisticEdge(
            @NonNull @Description("An opaque cursor: pass it as after to get the statistics that follow.") String cursor,
            @NonNull @Description("The statistic.") Statistic node) {
    }
}
