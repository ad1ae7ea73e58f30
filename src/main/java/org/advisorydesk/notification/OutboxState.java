package org.advisorydesk.notification;

/** Where a notification stands in the outbox. */
enum OutboxState {
    /** The mail server accepted it. */
    SENT,
    /** Not handed to a mail server: none is configured, or its work has just committed and sending is under way. */
    NOT_SENT,
    /** The mail server or the network refused it; the error is recorded beside it. */
    FAILED
}
