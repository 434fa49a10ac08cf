package org.newsroom.facts.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** What kind of body a source is. */
@Enum("SourceKind")
@Description("What kind of body a source is.")
public enum SourceKind {
    @Description("a newspaper, broadcaster or news site")
    NEWS_OUTLET,
    @Description("a wire service")
    NEWS_AGENCY,
    @Description("a government or head of state")
    GOVERNMENT,
    @Description("a ministry or government department")
    MINISTRY,
    @Description("an intelligence service")
    INTELLIGENCE_AGENCY,
    @Description("armed forces or a military command")
    MILITARY,
    @Description("the UN, its bodies, or another international organisation")
    INTERNATIONAL_ORGANIZATION,
    @Description("a non-governmental organisation")
    NGO,
    @Description("a university, think tank or researcher")
    RESEARCH,
    @Description("an account or channel on social media, e.g. military bloggers")
    SOCIAL_MEDIA,
    @Description("anything else")
    OTHER
}
