package org.advisorydesk.dashboard;

/**
 * How long one activity's work waited, over the tasks counted: the figure the dashboard hands the
 * diagram per user task, keyed by the task definition key (the BPMN activity id).
 */
public record ActivityFigure(String activityId, long count, double meanHours, double medianHours) {
}
