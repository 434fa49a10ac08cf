package org.newsroom.facts.country;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The ISO 3166-1 countries as the JDK's locale data (CLDR) knows them: alpha-2, alpha-3 and names in every
 * language the JDK has. Reference data, held in memory; the database keeps a copy for its foreign keys.
 */
public final class Countries {

    private static final Map<String, Country> BY_ALPHA2;
    private static final Map<String, Country> BY_ALPHA3;
    private static final List<Country> BY_NAME;

    static {
        Map<String, Country> alpha2 = new LinkedHashMap<>();
        Map<String, Country> alpha3 = new LinkedHashMap<>();
        for (String code : Locale.getISOCountries()) {
            try {
                String a3 = locale(code).getISO3Country();
                if (a3 != null && a3.length() == 3) {
                    Country c = new Country(code, a3);
                    alpha2.put(code, c);
                    alpha3.put(a3, c);
                }
            } catch (MissingResourceException e) {
                // a code without an alpha-3 in this JDK: not an ISO 3166-1 country for our purposes
            }
        }
        BY_ALPHA2 = Map.copyOf(alpha2);
        BY_ALPHA3 = Map.copyOf(alpha3);
        BY_NAME = alpha2.values().stream()
                .sorted(Comparator.comparing((Country c) -> name(c.code(), "en")).thenComparing(Country::code))
                .toList();
    }

    private Countries() {
    }

    /** Every country, ordered by English name, then code. */
    public static List<Country> all() {
        return BY_NAME;
    }

    /** Finds a country by alpha-2 or alpha-3 code, in any case. */
    public static Optional<Country> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        return Optional.ofNullable(c.length() == 2 ? BY_ALPHA2.get(c) : c.length() == 3 ? BY_ALPHA3.get(c) : null);
    }

    /** The country of an alpha-2 code known to be valid (as stored). */
    public static Country of(String alpha2) {
        return alpha2 == null ? null : BY_ALPHA2.get(alpha2);
    }

    /** The country's name in a BCP 47 language; English when the JDK does not know the language. */
    public static String name(String alpha2, String lang) {
        Locale in = lang == null || lang.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(lang.trim());
        String name = locale(alpha2).getDisplayCountry(in);
        return name == null || name.isBlank() || name.equals(alpha2) ? locale(alpha2).getDisplayCountry(Locale.ENGLISH) : name;
    }

    /** Countries whose code or English name contains the text (case-insensitive). */
    public static Stream<Country> search(String text) {
        if (text == null || text.isBlank()) {
            return BY_NAME.stream();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        return BY_NAME.stream().filter(c -> c.code().equalsIgnoreCase(t) || c.alpha3().equalsIgnoreCase(t)
                || name(c.code(), "en").toLowerCase(Locale.ROOT).contains(t));
    }

    private static Locale locale(String alpha2) {
        return new Locale.Builder().setRegion(alpha2).build();
    }
}
