package org.advisorydesk.identity;

import java.util.Locale;
import java.util.Optional;

/** The identity groups the product knows by name. */
public final class Groups {

    public static final String COORDINATORS = "coordinators";
    public static final String MANAGERS = "managers";
    public static final String ADMINISTRATORS = "camunda-admin";
    private static final String GOVERNMENT_PREFIX = "gov-";

    private Groups() {
    }

    /** The group of a State's focal points: {@code gov-} and the ISO 3166 alpha-3 code in lower case. */
    public static String government(String iso3) {
        return GOVERNMENT_PREFIX + iso3.toLowerCase(Locale.ROOT);
    }

    /** The State (ISO 3166 alpha-3, upper case) whose government group this is, if it is one. */
    public static Optional<String> stateOf(String groupId) {
        if (groupId.startsWith(GOVERNMENT_PREFIX) && groupId.length() == GOVERNMENT_PREFIX.length() + 3) {
            return Optional.of(groupId.substring(GOVERNMENT_PREFIX.length()).toUpperCase(Locale.ROOT));
        }
        return Optional.empty();
    }
}
