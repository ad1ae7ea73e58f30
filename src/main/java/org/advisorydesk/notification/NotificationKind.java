package org.advisorydesk.notification;

/**
 * What a notification tells its recipients. Each kind has its subject and body in the {@code mail}
 * message bundles, under {@code mail.<key>.subject} and {@code mail.<key>.body}.
 */
public enum NotificationKind {

    /** A group receives a new task. */
    NEW_WORK("newWork"),
    /** A task is past its due date; told to the managers. */
    OVERDUE("overdue"),
    CLARIFICATION_REQUESTED("clarificationRequested"),
    CLARIFICATION_REMINDER("clarificationReminder"),
    DELIVERABLES_READY("deliverablesReady"),
    REQUEST_CLOSED("requestClosed"),
    REQUEST_WITHDRAWN("requestWithdrawn"),
    REQUEST_REJECTED("requestRejected"),
    REQUEST_LAPSED("requestLapsed");

    private final String messageKey;

    NotificationKind(String messageKey) {
        this.messageKey = messageKey;
    }

    String subjectKey() {
        return "mail." + messageKey + ".subject";
    }

    String bodyKey() {
        return "mail." + messageKey + ".body";
    }
}
