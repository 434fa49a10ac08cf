package org.newsroom.facts.deployment;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** Who was sent. */
@Enum("PersonnelKind")
@Description("Who was sent.")
public enum PersonnelKind {
    @Description("labourers, migrant workers")
    WORKERS,
    @Description("soldiers")
    TROOPS,
    @Description("officers sent to advise")
    MILITARY_ADVISERS,
    @Description("students (also when a student visa is a cover)")
    STUDENTS,
    @Description("anyone else")
    OTHER
}
