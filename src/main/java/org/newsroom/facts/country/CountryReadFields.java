package org.newsroom.facts.country;

import org.newsroom.facts.shared.LeanFields;
import org.newsroom.facts.shared.ReadFields;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The lean read path of countries: their names in a language (computed, no SQL, so not batched). */
@ApplicationScoped
public class CountryReadFields implements ReadFields {

    @Inject
    CountryService service;

    @Override
    public void register(LeanFields fields) {
        fields.plain("Country", "name", env -> service.name(env.getSource(), env.getArgument("lang")));
    }
}
