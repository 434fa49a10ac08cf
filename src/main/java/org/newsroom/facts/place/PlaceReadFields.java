package org.newsroom.facts.place;

import org.newsroom.facts.shared.LeanFields;
import org.newsroom.facts.shared.ReadFields;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The lean read path of places: a country's places. */
@ApplicationScoped
public class PlaceReadFields implements ReadFields {

    @Inject
    PlaceGraphQLApi api;

    @Override
    public void register(LeanFields fields) {
        fields.batched("Country.places", "Country", "places", api::places);
    }
}
