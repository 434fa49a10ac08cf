package org.newsroom.facts.webhook;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsroom.facts.shared.ReadDatabase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Queries of webhooks: the chiefs' list, creation, deletion, and their latest delivery attempts. */
@ApplicationScoped
public class WebhookRepository {

    @Inject
    EntityManager em;

    @Inject
    ReadDatabase db;

    public Webhook insert(String url, List<WebhookEvent> events, String secret, String by, OffsetDateTime at) {
        Object[] row = (Object[]) em.createNativeQuery("insert into webhook (url, events, secret, created_at, created_by)"
                + " values (:url, cast(:events as text[]), :secret, :at, :by) returning id, url, cast(events as text), created_at")
                .setParameter("url", url).setParameter("events", "{" + String.join(",", events.stream().map(Enum::name).toList()) + "}")
                .setParameter("secret", secret).setParameter("at", at).setParameter("by", by).getSingleResult();
        return webhook(row);
    }

    /** Marks the webhook deleted: it gets nothing more; its past deliveries stay. True when there was one. */
    public boolean delete(long id, OffsetDateTime at) {
        return em.createNativeQuery("update webhook set deleted_at = :at where id = :id and deleted_at is null")
                .setParameter("at", at).setParameter("id", id).executeUpdate() > 0;
    }

    public List<Webhook> findActive() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, url, cast(events as text), created_at from webhook where deleted_at is null"
                + " order by id").getResultList();
        return rows.stream().map(WebhookRepository::webhook).toList();
    }

    /** The latest attempts of each webhook, newest first, at most {@code limit} each; one statement. */
    public Map<Long, List<WebhookDelivery>> findLatestAttempts(Collection<Long> webhookIds, int limit) {
        Map<Long, List<WebhookDelivery>> result = new LinkedHashMap<>();
        webhookIds.forEach(id -> result.put(id, new ArrayList<>()));
        if (webhookIds.isEmpty()) {
            return result;
        }
        db.list("select webhook_id, event, fact_id, at, status, number, delivered from (select a.webhook_id, e.event, e.fact_id, a.at,"
                + " a.status, a.number, a.delivered, row_number() over (partition by a.webhook_id order by a.at desc, a.id desc) as n"
                + " from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id join webhook_event e on e.id = d.event_id"
                + " where a.webhook_id = any(?)) x where n <= ? order by webhook_id, at desc", List.of(ReadDatabase.ids(webhookIds), limit),
                rs -> Map.entry(rs.getLong(1), new WebhookDelivery(WebhookEvent.valueOf(rs.getString(2)),
                        rs.getObject(3) == null ? null : String.valueOf(rs.getLong(3)), rs.getObject(4, OffsetDateTime.class),
                        (Integer) rs.getObject(5), rs.getInt(6), rs.getBoolean(7))))
                .forEach(e -> result.get(e.getKey()).add(e.getValue()));
        return result;
    }

    private static Webhook webhook(Object[] r) {
        String events = (String) r[2];
        List<WebhookEvent> list = Arrays.stream(events.substring(1, events.length() - 1).split(",")).filter(s -> !s.isBlank())
                .map(WebhookEvent::valueOf).toList();
        OffsetDateTime at = org.newsroom.facts.shared.Times.of(r[3]);
        return new Webhook(String.valueOf(((Number) r[0]).longValue()), (String) r[1], list, at);
    }
}
