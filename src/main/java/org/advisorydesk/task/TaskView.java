package org.advisorydesk.task;

/** The views of the staff task list. */
public enum TaskView {
    /** Tasks the user holds. */
    MINE,
    /** Every open task of the user's groups, held or not. */
    GROUPS,
    /** Tasks of the user's groups that nobody holds yet. */
    UNASSIGNED,
    /** The user's tasks past their due date; for managers and coordinators every overdue task (escalation). */
    OVERDUE
}
