package org.newsroom.facts.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jboss.logging.Logger;
import org.newsroom.facts.country.CountryService;
import org.newsroom.facts.fact.Fact;
import org.newsroom.facts.fact.FactAccess;
import org.newsroom.facts.shared.CurrentUser;
import org.newsroom.facts.shared.DatabaseNotifications;
import org.newsroom.facts.shared.ForbiddenException;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The live feed: the database announces every publish, correction and retraction at commit (whichever instance
 * wrote it); this instance loads the fact once, as a reader sees it, and hands it to its subscribers.
 */
@ApplicationScoped
public class LiveService {

    private static final Logger LOG = Logger.getLogger(LiveService.class);

    private final BroadcastProcessor<FactChange> changes = BroadcastProcessor.create();

    @Inject
    FactAccess facts;
    @Inject
    CountryService countries;
    @Inject
    Vertx vertx;
    @Inject
    CurrentUser user;

    /**
     * The events a subscriber asked for, from now on, delivered on the subscriber's Vert.x context (where SmallRye
     * runs the batched fields of each event).
     */
    public Multi<FactChange> subscribe(FactChangeFilter filter) {
        Context current = Vertx.currentContext();
        Context context = current != null ? current : vertx.getOrCreateContext();
        List<String> codes = new ArrayList<>();
        if (filter != null && filter.countries != null) {
            for (int i = 0; i < filter.countries.size(); i++) {
                codes.add(countries.resolve(filter.countries.get(i), "filter.countries[" + i + "]"));
            }
        }
        Set<FactEvent> events = filter == null || filter.events == null || filter.events.isEmpty() ? FactEvent.PUBLIC : Set.copyOf(filter.events);
        if (!FactEvent.PUBLIC.containsAll(events) && !user.isEditor()) {
            throw new ForbiddenException("CORRECTION_PROPOSED and CORRECTION_REVIEWED are for editors and chiefs", "filter.events");
        }
        return changes.filter(c -> events.contains(c.getEvent())
                && (codes.isEmpty() || c.countries().stream().anyMatch(codes::contains)))
                .emitOn(command -> context.runOnContext(v -> command.run()));
    }

    void onNotice(@Observes DatabaseNotifications.Notice notice) {
        if (!DatabaseNotifications.FACT.equals(notice.channel())) {
            return;
        }
        JsonObject payload = new JsonObject(notice.payload());
        long id = payload.getLong("id");
        Fact fact = loadAsReader(id);
        if (fact == null) {
            LOG.debugf("Fact %d changed but readers cannot see it", id);
            return;
        }
        List<String> about = payload.getJsonArray("countries").stream().map(String::valueOf).toList();
        changes.onNext(new FactChange(FactEvent.valueOf(payload.getString("event")), fact, about));
    }

    /** The fact as readers see it now, in a request context of its own (no token: a reader). */
    private Fact loadAsReader(long id) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            return facts.byIds(Set.of(id)).get(id);
        } finally {
            request.terminate();
        }
    }
}
