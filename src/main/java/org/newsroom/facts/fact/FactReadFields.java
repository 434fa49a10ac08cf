package org.newsroom.facts.fact;

import org.newsroom.facts.shared.LeanFields;
import org.newsroom.facts.shared.ReadFields;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The lean read path of what every kind of fact has: citations, attribution, disputes, correction notes, counts. */
@ApplicationScoped
public class FactReadFields implements ReadFields {

    @Inject
    FactGraphQLApi api;

    @Override
    public void register(LeanFields fields) {
        for (String kind : fields.implementationsOf("Fact")) {
            fields.batched("Fact.citations", kind, "citations", api::citations);
            fields.batched("Fact.attribution", kind, "attribution", api::attribution);
            fields.batched("Fact.disputes", kind, "disputes", api::disputes);
            fields.batched("Fact.corrections", kind, "corrections", api::corrections);
        }
        fields.batched("FactConnection.totalCount", "FactConnection", "totalCount", api::totalCount);
        fields.batchedWith("Source.facts", "Source", "facts", (org.newsroom.facts.source.Source s, graphql.schema.DataFetchingEnvironment env)
                -> org.newsroom.facts.shared.ParentPageKey.<Void>of(s.id(), env, m -> null), api::citingPages);
    }
}
