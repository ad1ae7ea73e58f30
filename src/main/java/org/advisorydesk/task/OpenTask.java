package org.advisorydesk.task;

import java.util.List;

/**
 * A task as its page shows it: the task, the groups it is offered to, the colleagues it can be handed
 * over to, and whether the user may work on it (a manager or coordinator may only look at others' work).
 */
public record OpenTask(WorkTask task, List<String> groups, List<String> colleagues, boolean actionable) {
}
