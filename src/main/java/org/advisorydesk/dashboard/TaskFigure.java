package org.advisorydesk.dashboard;

import java.util.Locale;
import java.util.Map;

import org.advisorydesk.web.Choice;
import org.advisorydesk.web.InvalidInputException;

/**
 * The tasks behind one figure: staff tasks {@code open} or {@code overdue} now, or tasks {@code completed}
 * in the period; optionally of one side ({@code side=ILO}, {@code COORDINATORS}), one officer
 * ({@code assignee}, or {@code assignee=-} for unclaimed ones) and one kind ({@code processKey},
 * {@code taskKey}).
 */
public record TaskFigure(View view, String side, String assignee, String processKey, String taskKey) {

    public enum View { OPEN, OVERDUE, COMPLETED }

    public static final String UNASSIGNED = "-";

    static TaskFigure parse(Map<String, String> parameters) {
        View view = Choice.of(View.class, "view", parameters.get("view"), View.OPEN);
        return new TaskFigure(view, text(parameters, "side", 20), text(parameters, "assignee", 64),
                text(parameters, "processKey", 64), text(parameters, "taskKey", 64));
    }

    private static String text(Map<String, String> parameters, String name, int max) {
        String value = parameters.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max || !value.strip().matches("[A-Za-z0-9._:-]+")) {
            throw new InvalidInputException(name, "must be at most " + max + " letters, digits, dots, colons or dashes");
        }
        return name.equals("side") ? value.strip().toUpperCase(Locale.ROOT) : value.strip();
    }

    /** The parameters that give this selection back. */
    String query() {
        StringBuilder q = new StringBuilder("view=").append(view.name().toLowerCase(Locale.ROOT));
        if (side != null) {
            q.append("&side=").append(side);
        }
        if (assignee != null) {
            q.append("&assignee=").append(assignee);
        }
        if (processKey != null) {
            q.append("&processKey=").append(processKey);
        }
        if (taskKey != null) {
            q.append("&taskKey=").append(taskKey);
        }
        return q.toString();
    }
}
