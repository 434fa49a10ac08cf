package org.newsroom.facts.count;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** What facts can be counted by, each with the column of the tally that holds it (V16). */
@Enum("FactCountDimension")
@Description("What factCounts groups facts by.")
public enum FactCountDimension {
    @Description("The kind of fact ('deployment', 'statistic', 'claim', 'event').")
    KIND("kind"),
    @Description("A country the fact is about: a fact about several countries counts once under each (a deployment under its origin and its destination).")
    COUNTRY("code"),
    @Description("A claim's claimant (other kinds have none).")
    CLAIMANT("claimant_id"),
    @Description("A reviewed claim's verdict (others have none).")
    RATING("review_rating"),
    @Description("How the source puts it.")
    MODALITY("modality"),
    @Description("How far the fact has been checked.")
    VERIFICATION("verification"),
    @Description("The year its period starts in (undated facts have none).")
    YEAR("year"),
    @Description("The year and month its period starts in, for periods known to the month or the day (others have none).")
    MONTH("month");

    private final String column;

    FactCountDimension(String column) {
        this.column = column;
    }

    /** The tally's column of this dimension. */
    String column() {
        return column;
    }
}
