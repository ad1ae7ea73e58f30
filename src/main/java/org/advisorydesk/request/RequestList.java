package org.advisorydesk.request;

import java.util.List;

/** One page of a {@link RequestSearch}, with how many requests the whole search found. */
public record RequestList(RequestSearch search, List<AssistanceRequest> requests, long total) {

    public int pages() {
        return (int) Math.max(1, (total + search.size() - 1) / search.size());
    }

    public boolean hasPrevious() {
        return search.page() > 0;
    }

    public boolean hasNext() {
        return search.page() + 1 < pages();
    }

    public long first() {
        return total == 0 ? 0 : (long) search.page() * search.size() + 1;
    }

    public long last() {
        return Math.min(total, (long) (search.page() + 1) * search.size());
    }
}
