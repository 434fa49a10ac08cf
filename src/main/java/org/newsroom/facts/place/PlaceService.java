package org.newsroom.facts.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.newsroom.facts.country.CountryService;
import org.newsroom.facts.shared.NotFoundException;
import org.newsroom.facts.shared.ConflictException;
import org.newsroom.facts.shared.CurrentUser;
import org.newsroom.facts.shared.InputValidator;
import org.newsroom.facts.shared.Times;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Places: entry by editors, lookups for facts, and batched loading for lists. */
@ApplicationScoped
public class PlaceService {

    @Inject
    PlaceRepository repository;

    @Inject
    CountryService countries;

    @Inject
    InputValidator validator;

    @Inject
    CurrentUser user;

    @Transactional
    public Place create(PlaceInput input) {
        String by = user.requireEditor();
        validator.check("input", input);
        String country = countries.resolve(input.country, "input.country");
        if (repository.existsInCountry(country, input.name)) {
            throw new ConflictException("A place named '" + input.name.trim() + "' already exists in " + country, "input.name");
        }
        PlaceEntity place = new PlaceEntity();
        place.countryCode = country;
        place.name = input.name.trim();
        place.kind = input.kind;
        place.code = input.code == null ? null : input.code.trim().toUpperCase();
        place.createdAt = Times.now();
        place.createdBy = by;
        repository.persist(place);
        return place.toView();
    }

    /** The places of the given ids, in the order asked; BAD_USER_INPUT on the first unknown one. */
    public List<Place> require(List<Long> ids, String field) {
        Map<Long, PlaceEntity> found = repository.listByIds(ids).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            PlaceEntity p = found.get(ids.get(i));
            if (p == null) {
                throw new NotFoundException("no place has the id " + ids.get(i), field + "[" + i + "]");
            }
            places.add(p.toView());
        }
        return places;
    }

    /**
     * The ids of the places given in an input, each of which must exist (NOT_FOUND on {@code field[i]}) and lie in one
     * of the countries (BAD_USER_INPUT: "the place X is not in {@code where}"); repeated ids count once.
     */
    public List<Long> requireIn(Collection<String> countryCodes, List<String> placeIds, String field, String where) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < placeIds.size(); i++) {
            Long parsed = org.newsroom.facts.shared.Ids.parse(placeIds.get(i));
            if (parsed == null) {
                throw new NotFoundException("no place has the id " + placeIds.get(i), field + "[" + i + "]");
            }
            ids.add(parsed);
        }
        List<Place> found = require(ids, field);
        for (int i = 0; i < found.size(); i++) {
            if (!countryCodes.contains(found.get(i).countryCode())) {
                throw new org.newsroom.facts.shared.BadUserInputException("the place " + found.get(i).name() + " is not in " + where,
                        field + "[" + i + "]");
            }
        }
        return ids.stream().distinct().toList();
    }

    /**
     * Applies a patch to a fact's places, in place: a new list ({@code placeIds}, each in one of the countries) replaces
     * the old one; without one, when the countries changed ({@code countriesField} not null), the places kept must
     * still lie in them (BAD_USER_INPUT on {@code countriesField}).
     */
    public void patchPlaces(Collection<String> countryCodes, List<Long> places, List<String> placeIds, String placesField,
            String countriesField, String where) {
        if (placeIds != null) {
            List<Long> ids = requireIn(countryCodes, placeIds, placesField, where);
            places.clear();
            places.addAll(ids);
        } else if (countriesField != null && !places.isEmpty()) {
            requireIn(countryCodes, places.stream().map(String::valueOf).toList(), countriesField, where);
        }
    }

    /** The places of lists of place ids (a fact's places, by fact), in their order: one query whatever the number of lists. */
    public <K> Map<K, List<Place>> listsOf(Map<K, List<Long>> idLists) {
        Map<Long, Place> byId = byIds(idLists.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
        Map<K, List<Place>> result = new LinkedHashMap<>();
        idLists.forEach((key, ids) -> result.put(key, ids.stream().map(byId::get).toList()));
        return result;
    }

    /** Places by id, for batches: one query whatever the number of ids. */
    public Map<Long, Place> byIds(Collection<Long> ids) {
        return repository.listByIds(ids).stream().collect(Collectors.toMap(p -> p.id, PlaceEntity::toView));
    }

    /** The places of each country, for batches: one query whatever the number of countries. */
    public Map<String, List<Place>> byCountries(Collection<String> countryCodes) {
        Map<String, List<Place>> result = new LinkedHashMap<>();
        countryCodes.forEach(c -> {
            result.put(c, new ArrayList<>());
            org.newsroom.facts.shared.RequestGuard.depends("list:places:" + c);
        });
        repository.findByCountries(countryCodes).forEach(p -> result.get(p.countryCode).add(p.toView()));
        return result;
    }

    /** For data loading: the place of that name in that country, created if missing. */
    @Transactional
    public Place findOrCreate(PlaceInput input) {
        String country = countries.resolve(input.country, "input.country");
        PlaceEntity existing = repository.findByCountryAndName(country, input.name);
        return existing != null ? existing.toView() : create(input);
    }
}
