package org.advisorydesk.workspace;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.task.TaskListQuery;
import org.advisorydesk.task.TaskSort;
import org.advisorydesk.task.TaskView;
import org.advisorydesk.web.Choice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff task list: {@code /work?view=mine&sort=due&dir=asc&q=PRY&page=0}. */
@Controller
class TaskListController {

    private final StaffWorkspace workspace;

    TaskListController(StaffWorkspace workspace) {
        this.workspace = workspace;
    }

    @GetMapping("/work")
    String tasks(CurrentUser user, Model model,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") String page) {
        TaskListQuery query = new TaskListQuery(Choice.of(TaskView.class, "view", view, null),
                Choice.of(TaskSort.class, "sort", sort, null), "desc".equals(dir), q != null && q.length() > 100 ? q.substring(0, 100) : q, Pages.number(page));
        model.addAttribute("list", workspace.tasks(user, query));
        return "work/tasks";
    }
}
