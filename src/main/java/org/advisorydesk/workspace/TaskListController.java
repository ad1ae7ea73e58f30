package org.advisorydesk.workspace;

import java.util.Locale;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.task.TaskListQuery;
import org.advisorydesk.task.TaskSort;
import org.advisorydesk.task.TaskView;
import org.advisorydesk.web.InvalidInputException;
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
        TaskListQuery query = new TaskListQuery(choice(TaskView.class, "view", view), choice(TaskSort.class, "sort", sort),
                "desc".equals(dir), q != null && q.length() > 100 ? q.substring(0, 100) : q, Pages.number(page));
        model.addAttribute("list", workspace.tasks(user, query));
        return "work/tasks";
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
