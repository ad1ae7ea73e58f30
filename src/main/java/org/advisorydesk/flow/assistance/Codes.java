package org.advisorydesk.flow.assistance;

import java.util.Collection;
import java.util.List;

/** Lists of enum codes as the engine keeps them (a JSON list variable), read back as strings. */
final class Codes {

    private Codes() {
    }

    /** The codes of a list variable the process must have. */
    static List<String> required(Object variable) {
        if (variable instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        throw new IllegalStateException("Expected a list of codes but found " + variable);
    }

    /** The codes of a list variable a form may leave empty. */
    static List<String> optional(Object variable) {
        return variable instanceof Collection<?> ? required(variable) : List.of();
    }
}
