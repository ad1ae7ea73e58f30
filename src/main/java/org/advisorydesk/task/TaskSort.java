package org.advisorydesk.task;

/** What the staff task list can be sorted by. */
public enum TaskSort {
    DUE, CREATED, TASK, REFERENCE, STATE, ASSIGNEE
}
