package org.advisorydesk.workspace;

import org.advisorydesk.web.PageErrorAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Errors of the staff workspace's pages as workspace pages: what a user may not see is "not found". */
@ControllerAdvice(assignableTypes = { TaskListController.class, TaskPageController.class, RequestFileController.class,
        RequestListController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkspacePageAdvice extends PageErrorAdvice {

    WorkspacePageAdvice() {
        super("work/error");
    }
}
