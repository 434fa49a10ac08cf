package org.newsroom.facts.shared;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Relay page information of a connection, and how cursor arguments are described (once, for every list). */
@Type("PageInfo")
@Description("Where a page of a connection stands: whether more pages follow or precede it, and its first and last cursors.")
public record PageInfo(
        @NonNull @Description("True when more items follow this page: ask again with after = endCursor.") boolean hasNextPage,
        @NonNull @Description("True when this page was asked for with an after cursor.") boolean hasPreviousPage,
        @Description("The opaque cursor of the first item of this page; null when the page is empty.") String startCursor,
        @Description("The opaque cursor of the last item of this page (pass it as after); null when the page is empty.") String endCursor) {

    /** How every list's {@code after} argument is described. */
    public static final String AFTER = "An opaque cursor: the endCursor of a previous page of this same list (a cursor of another list or order is refused).";
}
