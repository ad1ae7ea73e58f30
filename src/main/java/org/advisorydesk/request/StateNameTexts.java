package org.advisorydesk.request;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A State as pages name it in the reader's language, with its code: "Türkiye (TUR)", "Paraguay (PRY)".
 * Pages call {@code ${@states.named(code)}}; lists keep the bare code where space is short.
 */
@Component("states")
public class StateNameTexts {

    /** The State's name in the reader's language followed by its code; an unknown code as it is. */
    public String named(String iso3) {
        if (iso3 == null || iso3.isBlank()) {
            return "";
        }
        String name = StateNames.name(iso3, LocaleContextHolder.getLocale());
        return name.equals(iso3) ? iso3 : name + " (" + iso3 + ")";
    }
}
