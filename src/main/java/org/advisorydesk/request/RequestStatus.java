package org.advisorydesk.request;

/** The stage of a request as the government sees it (DESIGN.md). */
public enum RequestStatus {
    SUBMITTED,
    IN_SCREENING,
    AWAITING_CLARIFICATION,
    IN_PROGRESS,
    AWAITING_GOVERNMENT,
    DELIVERED,
    CLOSED,
    WITHDRAWN,
    REJECTED,
    LAPSED;

    /** No work follows a final status. */
    public boolean isFinal() {
        return this == CLOSED || this == WITHDRAWN || this == REJECTED || this == LAPSED;
    }
}
