package org.advisorydesk.request;

/** The stage of a request as the government sees it (DESIGN.md). */
public enum RequestStatus {
    SUBMITTED,
    IN_SCREENING,
    AWAITING_CLARIFICATION,
    /** Screened as complete; the coordinators confirm which agencies lead and contribute (Confirm routing). */
    ROUTING,
    IN_PROGRESS,
    AWAITING_GOVERNMENT,
    DELIVERED,
    CLOSED,
    WITHDRAWN,
    REJECTED,
    LAPSED;

    /**
     * The ball is in the government's court: it is to clarify, respond or review what it was given.
     * The dashboards' clock of the agencies' time pauses while a request is in one of these.
     */
    public boolean withGovernment() {
        return this == AWAITING_CLARIFICATION || this == AWAITING_GOVERNMENT || this == DELIVERED;
    }

    /** No work follows a final status. */
    public boolean isFinal() {
        return this == CLOSED || this == WITHDRAWN || this == REJECTED || this == LAPSED;
    }
}
