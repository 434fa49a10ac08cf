package org.newsroom.facts.place;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** What kind of place. */
@Enum("PlaceKind")
@Description("What kind of place: a region, city, district or a looser area such as 'Russian Far East'.")
public enum PlaceKind {
    @Description("a region, oblast, province or state")
    REGION,
    @Description("a city or town")
    CITY,
    @Description("a district of a city or region")
    DISTRICT,
    @Description("an area without administrative borders, e.g. 'Russian Far East'")
    AREA
}
