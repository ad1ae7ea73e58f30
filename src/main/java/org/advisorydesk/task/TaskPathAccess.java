package org.advisorydesk.task;

import java.util.Map;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.web.PathAccess;
import org.springframework.stereotype.Component;

/** A change to a task (claim, hand-over, comment, completion, …) is for those who may work on it. */
@Component
class TaskPathAccess implements PathAccess {

    private final TaskInbox inbox;

    TaskPathAccess(TaskInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public boolean guards(String method, String pattern) {
        return pattern.startsWith("/api/tasks/{id}") || pattern.startsWith("/work/tasks/{id}")
                || pattern.startsWith("/portal/tasks/{id}");
    }

    @Override
    public void check(CurrentUser user, Map<String, String> pathVariables) {
        inbox.requireWorkable(user, pathVariables.get("id"));
    }
}
