package org.newsroom.facts.revision;

import org.hibernate.envers.RevisionListener;
import org.newsroom.facts.fact.RevisionAction;
import org.newsroom.facts.fact.RevisionContext;
import org.newsroom.facts.shared.CurrentUser;
import org.newsroom.facts.shared.Times;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;

/** Fills a new Envers revision with the time, the user, and the action and note the service declared. */
public class RevisionStamp implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        RevisionEntity r = (RevisionEntity) revision;
        r.at = Times.now();
        r.by = "system";
        r.byId = "system";
        r.action = RevisionAction.EDITED;
        if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
            return;
        }
        try (InstanceHandle<CurrentUser> user = Arc.container().instance(CurrentUser.class);
                InstanceHandle<RevisionContext> context = Arc.container().instance(RevisionContext.class)) {
            r.by = user.get().name();
            r.byId = user.get().identity();
            if (context.get().action() != null) {
                r.action = context.get().action();
                r.note = context.get().note();
            }
        }
    }
}
