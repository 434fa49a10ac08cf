package org.newsroom.facts.country;

import java.util.List;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.newsroom.facts.shared.BadUserInputException;
import org.newsroom.facts.shared.Page;
import org.newsroom.facts.shared.PageArgs;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Countries: lookups and pages from the JDK's ISO 3166-1 data, and its copy in the database. */
@ApplicationScoped
public class CountryService {

    /** Runs before the demo data, which refers to countries. */
    public static final int STARTUP_PRIORITY = 10;
    private static final Logger LOG = Logger.getLogger(CountryService.class);
    private static final String CURSOR = "country";

    @Inject
    CountryRepository repository;

    @Transactional
    void synchronise(@Observes @Priority(STARTUP_PRIORITY) StartupEvent start) {
        List<Country> all = Countries.all();
        int changed = repository.upsert(all, c -> Countries.name(c.code(), "en"));
        LOG.debugf("%d ISO 3166-1 countries, %d rows written", all.size(), changed);
    }

    /** The country of an alpha-2 or alpha-3 code, or null. */
    public Country find(String code) {
        return Countries.find(code).orElse(null);
    }

    /**
     * Resolves a code given in an argument or input to alpha-2; BAD_USER_INPUT (with the field) if unknown.
     * Null stays null.
     */
    public String resolve(String code, String field) {
        if (code == null) {
            return null;
        }
        return Countries.find(code)
                .orElseThrow(() -> new BadUserInputException("'" + code + "' is not an ISO 3166-1 country code", field))
                .code();
    }

    /** The alpha-2 codes of codes given in an input list, each checked (BAD_USER_INPUT on {@code field[i]}), repeats once. */
    public java.util.List<String> resolveAll(java.util.List<String> codes, String field) {
        java.util.List<String> resolved = new java.util.ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            resolved.add(resolve(codes.get(i), field + "[" + i + "]"));
        }
        return resolved.stream().distinct().toList();
    }

    /** The countries of lists of alpha-2 codes (a fact's countries, by fact), in their order. */
    public <K> java.util.Map<K, java.util.List<Country>> listsOf(java.util.Map<K, java.util.List<String>> codeLists) {
        java.util.Map<K, java.util.List<Country>> result = new java.util.LinkedHashMap<>();
        codeLists.forEach((key, codes) -> result.put(key, codes.stream().map(Countries::of).toList()));
        return result;
    }

    public CountryConnection page(String search, Integer first, String after) {
        PageArgs args = PageArgs.of(first, after, 50, CURSOR, 1);
        List<Country> matching = Countries.search(search).toList();
        int from = 0;
        if (args.hasAfter()) {
            String code = args.after().get(0);
            int at = matching.stream().map(Country::code).collect(Collectors.toList()).indexOf(code);
            from = at < 0 ? matching.size() : at + 1;
        }
        List<Country> rest = matching.subList(from, Math.min(matching.size(), from + args.first() + 1));
        return new CountryConnection(Page.of(rest, args, c -> PageArgs.cursor(CURSOR, c.code()), null), matching.size());
    }

    public String name(Country country, String lang) {
        return Countries.name(country.code(), lang);
    }
}
