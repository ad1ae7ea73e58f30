package org.advisorydesk.notification;

/**
 * What a notification tells its recipients. Each kind has its subject and body in the {@code mail}
 * message bundles, under {@code mail.<key>.subject} and {@code mail.<key>.body}, except the kinds whose
 * sender writes its own text (the dashboard's alerts and digest, from its {@code alerts} bundles).
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
    REQUEST_LAPSED("requestLapsed"),
    /** A figure of the dashboard crossed a manager's threshold; told to the managers. */
    ALERT_CROSSED(null),
    /** A figure of the dashboard is back within a manager's threshold; told to the managers. */
    ALERT_BACK_TO_NORMAL(null),
    /** The week's figures; told to the managers. */
    WEEKLY_DIGEST(null),
    /** Sign-ins to a user's account failed repeatedly; told to that user (SignInNotices). */
    SIGN_IN_FAILURES(null);

    private final String messageKey;

    NotificationKind(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Whether the {@code mail} bundles hold this kind's texts; the others' sender writes them. */
    boolean writtenFromMailBundles() {
        return messageKey != null;
    }

    String subjectKey() {
        return "mail." + messageKey + ".subject";
    }

    String bodyKey() {
        return "mail." + messageKey + ".body";
    }
}
