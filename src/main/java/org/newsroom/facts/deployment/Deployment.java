package org.newsroom.facts.deployment;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsroom.facts.country.Countries;
import org.newsroom.facts.country.Country;
import org.newsroom.facts.fact.Fact;
import org.newsroom.facts.fact.FactBase;
import org.newsroom.facts.fact.Period;
import org.newsroom.facts.fact.Quantity;

/** A deployment as the API shows it; its places are a batched field of {@link DeploymentGraphQLApi}. */
@Type("Deployment")
@Description("People sent from one country to another: '12,000 North Korean troops sent to Russia'.")
public class Deployment extends FactBase implements Fact {

    private final String originCode;
    private final String destinationCode;
    private final PersonnelKind personnel;
    private final Quantity headcount;
    private final Period period;
    private final LocalDate reportedOn;
    private final String notes;

    Deployment(DeploymentEntity e) {
        super(e);
        this.originCode = e.originCode;
        this.destinationCode = e.destinationCode;
        this.personnel = e.personnel;
        this.headcount = e.quantity.toView();
        this.period = e.period == null ? null : e.period.toView();
        this.reportedOn = e.reportedOn;
        this.notes = e.notes;
    }

    @Override
    @NonNull
    @Description("One printable English sentence.")
    public String getSummary() {
        String sent = switch (getModality()) {
            case STATED -> " sent ";
            case REPORTED -> " has reportedly sent ";
            case BELIEVED -> " is believed to have sent ";
            case ALLEGED -> " has allegedly sent ";
            case PROJECTED -> " could send ";
        };
        return Countries.name(originCode, "en") + sent + headcount.text() + " to " + Countries.name(destinationCode, "en") + when(period) + ".";
    }

    @NonNull
    @Description("The country the people came from.")
    public Country getOrigin() {
        return Countries.of(originCode);
    }

    @NonNull
    @Description("The country they were sent to.")
    public Country getDestination() {
        return Countries.of(destinationCode);
    }

    @NonNull
    @Description("Who was sent.")
    public PersonnelKind getPersonnel() {
        return personnel;
    }

    @NonNull
    @Description("How many were sent.")
    public Quantity getHeadcount() {
        return headcount;
    }

    @Description("When the deployment happened or the figure applies.")
    public Period getPeriod() {
        return period;
    }

    @Description("When the figure was made public.")
    public LocalDate getReportedOn() {
        return reportedOn;
    }

    @Description("Context for readers, in the newsroom's words.")
    public String getNotes() {
        return notes;
    }
}
