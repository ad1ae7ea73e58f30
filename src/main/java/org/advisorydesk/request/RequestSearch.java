package org.advisorydesk.request;

import java.util.Locale;

/**
 * A search among the requests a user may see, one page at a time, the most recently changed first:
 * optionally only open or only finished ones, one State's, or those whose reference or title contains
 * a text.
 */
public record RequestSearch(Standing standing, String state, String text, int page, int size) {

    public static final int PAGE_SIZE = 25;

    /** Open (not in a final status), finished, or both. */
    public enum Standing { OPEN, FINISHED, ALL }

    public RequestSearch {
        standing = standing == null ? Standing.ALL : standing;
        state = state == null || state.isBlank() ? null : state.strip().toUpperCase(Locale.ROOT);
        text = text == null || text.isBlank() ? null : text.strip();
        page = Math.max(page, 0);
        size = size <= 0 ? PAGE_SIZE : Math.min(size, 200);
    }

    public static RequestSearch firstPage(Standing standing) {
        return new RequestSearch(standing, null, null, 0, PAGE_SIZE);
    }
}
