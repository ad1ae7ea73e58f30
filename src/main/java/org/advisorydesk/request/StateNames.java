package org.advisorydesk.request;

import java.util.Locale;
import java.util.Optional;

/**
 * A State as people type it in a search: its ISO 3166 alpha-3 code, or any of its names in English,
 * French or Spanish (the JDK's short names, and the UN and common names of {@code state-names.properties}),
 * whatever the case, accents, apostrophes or hyphens. Every search by State goes through {@link #find}.
 */
public final class StateNames {

    static final String FILE = "state-names.properties";

    private static final StateNameIndex INDEX = StateNameIndex.load(FILE);

    private StateNames() {
    }

    /** Whether the text is an ISO 3166 alpha-3 code as {@link Locale} knows them, in upper case. */
    public static boolean isCode(String text) {
        return INDEX.isCode(text);
    }

    /** The State's alpha-3 code, when the text is a code or a name; otherwise empty. */
    public static Optional<String> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return INDEX.find(text);
    }

    /**
     * The State's short name in the language, from its alpha-3 code: the UN's where the file gives it
     * (Türkiye, Cabo Verde, Holy See…), otherwise the JDK's; the code itself when unknown.
     */
    public static String name(String iso3, Locale language) {
        Optional<String> shown = INDEX.shownName(iso3, language);
        if (shown.isPresent()) {
            return shown.get();
        }
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            if (country.getISO3Country().equals(iso3)) {
                return country.getDisplayCountry(language);
            }
        }
        return iso3;
    }
}
