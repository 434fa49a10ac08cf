package org.newsroom.facts.country;

import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The database copy of the ISO 3166-1 countries, which facts, places and sources refer to. */
@ApplicationScoped
public class CountryRepository {

    private static final String SEP = "\u001f";

    @Inject
    EntityManager em;

    /** Inserts missing countries and updates changed ones in one statement; returns the rows written. */
    public int upsert(Collection<Country> countries, Function<Country, String> englishName) {
        return em.createNativeQuery("""
                insert into country (code, alpha3, name_en)
                select * from unnest(string_to_array(:codes, :sep), string_to_array(:alpha3, :sep),
                                     string_to_array(:names, :sep))
                on conflict (code) do update set alpha3 = excluded.alpha3, name_en = excluded.name_en
                where (country.alpha3, country.name_en) is distinct from (excluded.alpha3, excluded.name_en)
                """)
                .setParameter("codes", countries.stream().map(Country::code).collect(Collectors.joining(SEP)))
                .setParameter("alpha3", countries.stream().map(Country::alpha3).collect(Collectors.joining(SEP)))
                .setParameter("names", countries.stream().map(englishName).collect(Collectors.joining(SEP)))
                .setParameter("sep", SEP)
                .executeUpdate();
    }
}
