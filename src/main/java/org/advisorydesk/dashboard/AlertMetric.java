package org.advisorydesk.dashboard;

/**
 * A figure of the dashboard a manager may set a threshold on, as of the moment it is checked;
 * each of one agency when the rule names one.
 */
public enum AlertMetric {

    /** Staff tasks open past their due date now. */
    OVERDUE_TASKS(false),
    /** Percentage of the staff tasks with a due date completed by it, over the last days configured. */
    ON_TIME_SHARE(true),
    /** Requests waiting for their government now. */
    WAITING_FOR_GOVERNMENT(false),
    /** Requests open now. */
    OPEN_REQUESTS(false);

    private final boolean percentage;

    AlertMetric(boolean percentage) {
        this.percentage = percentage;
    }

    /** A percentage (0 to 100) rather than a count. */
    public boolean percentage() {
        return percentage;
    }
}
