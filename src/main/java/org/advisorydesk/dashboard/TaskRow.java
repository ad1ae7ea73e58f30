package org.advisorydesk.dashboard;

import java.time.Instant;

/** One task behind a figure of the dashboard, open or ended, as its list shows it. */
public record TaskRow(String taskId, String caseKey, String state, String processKey, String taskKey, String taskName,
        String agency, String assignee, Instant created, Instant due, Instant ended, boolean open, boolean overdue,
        Double hoursOpen) {
}
