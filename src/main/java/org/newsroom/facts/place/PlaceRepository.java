package org.newsroom.facts.place;

import java.util.Collection;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries of places. */
@ApplicationScoped
public class PlaceRepository implements PanacheRepositoryBase<PlaceEntity, Long> {

    public List<PlaceEntity> listByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public List<PlaceEntity> findByCountries(Collection<String> countryCodes) {
        return countryCodes.isEmpty() ? List.of() : list("countryCode in ?1 order by name, id", countryCodes);
    }

    public boolean existsInCountry(String countryCode, String name) {
        return count("countryCode = ?1 and lower(name) = lower(?2)", countryCode, name.trim()) > 0;
    }

    public PlaceEntity findByCountryAndName(String countryCode, String name) {
        return find("countryCode = ?1 and lower(name) = lower(?2)", countryCode, name.trim()).firstResult();
    }
}
