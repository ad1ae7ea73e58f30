package org.advisorydesk.request;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A State as people type it in a search: its ISO 3166 alpha-3 code, or its name in English, French or Spanish. */
public final class StateNames {

    private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
    private static final Map<String, String> CODE_BY_NAME = codesByName(
            List.of(Locale.ENGLISH, Locale.FRENCH, new Locale("es")));

    private StateNames() {
    }

    /** Whether the text is an ISO 3166 alpha-3 code as {@link Locale} knows them, in upper case. */
    public static boolean isCode(String text) {
        return CODES.contains(text);
    }

    /** The State's alpha-3 code, when the text is a code or a name (any case); otherwise empty. */
    public static Optional<String> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String upper = text.strip().toUpperCase(Locale.ROOT);
        if (CODES.contains(upper)) {
            return Optional.of(upper);
        }
        return Optional.ofNullable(CODE_BY_NAME.get(text.strip().toLowerCase(Locale.ROOT)));
    }

    /** The State's short name in the language, from its alpha-3 code; the code itself when unknown. */
    public static String name(String iso3, Locale language) {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            if (country.getISO3Country().equals(iso3)) {
                return country.getDisplayCountry(language);
            }
        }
        return iso3;
    }

    private static Map<String, String> codesByName(List<Locale> languages) {
        Map<String, String> byName = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            languages.forEach(language -> byName.putIfAbsent(
                    country.getDisplayCountry(language).toLowerCase(Locale.ROOT), country.getISO3Country()));
        }
        return Map.copyOf(byName);
    }
}
