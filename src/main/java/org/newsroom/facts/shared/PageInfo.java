package org.newsroom.facts.shared;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Relay page information of a connection. */
@Type("PageInfo")
@Description("Where a page of a connection stands: whether more pages follow or precede it, and its first and last cursors.")
public record PageInfo(
        @NonNull @Description("True when more items follow this page: ask again with after = endCursor.") boolean hasNextPage,
        @NonNull @Description("True when this page was asked for with an after cursor.") boolean hasPreviousPage,
        @Description("The cursor of the first item of this page; null when the page is empty.") String startCursor,
        @Description("The cursor of the last item of this page; null when the page is empty.") String endCursor) {
}
