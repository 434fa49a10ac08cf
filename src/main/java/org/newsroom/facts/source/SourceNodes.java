package org.newsroom.facts.source;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsroom.facts.shared.NumericNodeKind;

/** Sources as Relay nodes (public: readers see every source); one statement per batch. */
@ApplicationScoped
public class SourceNodes extends NumericNodeKind<Source> {

    @Inject
    SourceService sources;

    public SourceNodes() {
        super("Source", Source.class, Source::id);
    }

    @Override
    protected Map<Long, Source> visibleByIds(List<Long> ids) {
        return sources.readByIds(ids);
    }
}
