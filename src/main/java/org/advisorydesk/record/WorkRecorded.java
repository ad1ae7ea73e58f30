package org.advisorydesk.record;

import java.time.Instant;

/**
 * Work of one of the {@link EntryKind#WORK} kinds was recorded on a case, in the transaction now
 * running: what moves the staff's "last change" of a request, and what a step's consequences start from
 * (a consolidated review's report).
 */
public record WorkRecorded(CaseKey key, CaseEntry entry) {

    /** When the work was recorded. */
    public Instant at() {
        return entry.at();
    }
}
