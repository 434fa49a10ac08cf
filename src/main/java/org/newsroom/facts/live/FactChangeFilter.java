package org.newsroom.facts.live;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Which live events a subscriber wants. */
@Input("FactChangeFilter")
@Description("Absent fields do not filter. Country codes are alpha-2 or alpha-3 in any case ('kp', 'PRK').")
public class FactChangeFilter {

    @Description("Only facts about one of these countries (a deployment's origin or destination, a statistic's country).")
    public List<@NonNull String> countries;

    @Description("Only these events.")
    public List<@NonNull FactEvent> events;
}
