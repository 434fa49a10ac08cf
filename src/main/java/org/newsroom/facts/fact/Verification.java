package org.newsroom.facts.fact;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** How far a fact has been checked. */
@Enum("Verification")
@Description("How far a fact has been checked.")
public enum Verification {
    @Description("nobody has checked it yet")
    UNVERIFIED,
    @Description("stated by one source")
    REPORTED,
    @Description("stated by independent sources")
    CORROBORATED,
    @Description("confirmed by an authoritative source or by the newsroom")
    CONFIRMED,
    @Description("contested by a named source (see disputes)")
    DISPUTED,
    @Description("shown to be false")
    REFUTED
}
