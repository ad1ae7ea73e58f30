package org.advisorydesk.workspace;

import org.advisorydesk.web.InvalidInputException;

/** The page number of a paged list, as sent in {@code ?page=}. */
final class Pages {

    private Pages() {
    }

    static int number(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException("page", "must be a page number from 0");
    }
}
