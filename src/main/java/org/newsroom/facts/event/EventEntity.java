package org.newsroom.facts.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hibernate.envers.Audited;
import org.newsroom.facts.fact.FactEntity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

/** A stored event: what happened (the period says when), where, who took part, the losses and related facts. */
@Entity
@Audited(withModifiedFlag = true)
@DiscriminatorValue(EventService.KIND)
public class EventEntity extends FactEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "event_kind")
    public EventKind eventKind;

    public String title;

    @ElementCollection
    @CollectionTable(name = "event_country", joinColumns = @JoinColumn(name = "fact_id"))
    @OrderColumn(name = "position")
    @Column(name = "country_code", columnDefinition = "bpchar(2)")
    public List<String> countries = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_place", joinColumns = @JoinColumn(name = "fact_id"))
    @OrderColumn(name = "position")
    @Column(name = "place_id")
    public List<Long> places = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_actor", joinColumns = @JoinColumn(name = "fact_id"))
    @OrderColumn(name = "position")
    @Column(name = "source_id")
    public List<Long> actors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_related", joinColumns = @JoinColumn(name = "fact_id"))
    @OrderColumn(name = "position")
    @Column(name = "related_fact_id")
    public List<Long> related = new ArrayList<>();

    @Override
    protected void readKind(org.newsroom.facts.shared.ReadDatabase.NamedRow rs) throws java.sql.SQLException {
        eventKind = EventKind.valueOf(rs.string("event_kind"));
        title = rs.string("title");
    }

    @Override
    public Event toView() {
        return new Event(this);
    }

    @Override
    public List<Long> placeIds() {
        return places;
    }

    @Override
    protected void kindFields(Map<String, String> m, List<Long> placeIds) {
        m.put("kind", text(eventKind));
        m.put("title", title);
        periodFields(m, "period", period);
        quantityFields(m, "casualties", quantity);
        // the collections of a past state, as Envers reads them (an editors' field: one query per collection and revision)
        m.put("countries", joined(countries));
        m.put("placeIds", joined(places));
        m.put("actorIds", joined(actors));
        m.put("relatedFactIds", joined(related));
    }

    private static String joined(List<?> values) {
        return values.isEmpty() ? null : String.join(", ", values.stream().map(String::valueOf).toList());
    }
}
