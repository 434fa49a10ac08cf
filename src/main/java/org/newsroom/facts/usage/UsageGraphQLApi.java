package org.newsroom.facts.usage;

import org.newsroom.facts.shared.PageInfo;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsroom.facts.fact.Fact;
import org.newsroom.facts.shared.Batches;
import org.newsroom.facts.shared.ErrorBoundary;

import jakarta.inject.Inject;

/** GraphQL operations of usages (where facts are printed), and the batched usedIn of every fact. */
@GraphQLApi
@ErrorBoundary
public class UsageGraphQLApi {

    @Inject
    UsageService service;

    @Inject
    org.newsroom.facts.revision.VersionService versions;

    @Mutation("registerUsage")
    @Description("editor, chief, cms: records that a page prints the fact at its current version (again: confirms the page is up to date)")
    public @NonNull Usage registerUsage(@NonNull @Id @Description("The published fact the page prints.") String factId,
            @NonNull @Description("The page (http or https).") String url,
            @Description("The page's title.") String title) {
        return service.register(factId, url, title);
    }

    @Query("staleUsages")
    @Description("Pages whose facts changed since they last confirmed them: the desk's list of stories to update. Editors, chiefs and the CMS.")
    public @NonNull UsageConnection staleUsages(@DefaultValue("50") @Description("How many (at most 100).") Integer first,
            @Description(PageInfo.AFTER) String after) {
        return service.stale(first, after);
    }

    @Description("Pages that print this fact, with what each printed. Editors, chiefs and the CMS.")
    public @NonNull List<@NonNull List<@NonNull Usage>> usedIn(@Source List<Fact> facts) {
        return Batches.inOrder(facts, Fact::factId, service::usedIn);
    }

    @Description("The fact as this page printed it: its version when the page last registered it, sources named as then.")
    public List<org.newsroom.facts.revision.FactVersion> printed(@Source List<Usage> usages) {
        return Batches.inOrder(usages, UsageGraphQLApi::printedVersion, versions::printed);
    }

    @Description("What changed from the version this page printed to the fact's version now: each field with its printed and "
            + "current value, and the public correction notes in between (nothing when the page is up to date).")
    public List<org.newsroom.facts.revision.FactChanges> changesSince(@Source List<Usage> usages) {
        return Batches.inOrder(usages, UsageGraphQLApi::printedVersion, versions::changesSince);
    }

    /** The fact at the version the page printed. */
    private static org.newsroom.facts.fact.FactVersions.Key printedVersion(Usage usage) {
        return new org.newsroom.facts.fact.FactVersions.Key(usage.factId(), usage.factVersion());
    }

    @Description("The fact the page prints, as it is now.")
    public List<Fact> fact(@Source List<Usage> usages) {
        return Batches.inOrder(usages, Usage::factId, service::factsOf);
    }
}
