package org.advisorydesk.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** One of a closed set of values as a query parameter sends it, in any case: {@code view=mine}. */
public final class Choice {

    private Choice() {
    }

    /** The constant named by the value, or the fallback when none was sent; anything else is a 400 naming the field. */
    public static <E extends Enum<E>> E of(Class<E> type, String field, String value, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }
}
