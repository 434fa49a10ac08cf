package org.newsroom.facts.place;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsroom.facts.shared.NumericNodeKind;

/** Places as Relay nodes (public, like the countries they belong to); one statement per batch. */
@ApplicationScoped
public class PlaceNodes extends NumericNodeKind<Place> {

    @Inject
    PlaceService places;

    public PlaceNodes() {
        super("Place", Place.class, Place::id);
    }

    @Override
    protected Map<Long, Place> visibleByIds(List<Long> ids) {
        return places.byIds(ids);
    }
}
