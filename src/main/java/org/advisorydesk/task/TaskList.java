package org.advisorydesk.task;

import java.time.Clock;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.AssistanceRequestVariables;
import org.advisorydesk.request.StateNames;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff task list: a view, sorted, searched and paged in the database (a page reads only its own
 * tasks), with the count of every view. Deny by default: a user sees their own tasks and their groups'.
 */
@Service
public class TaskList {

    private final TaskService taskService;
    private final TaskDescriptions descriptions;
    private final Clock clock;

    TaskList(TaskService taskService, TaskDescriptions descriptions, Clock clock) {
        this.clock = clock;
        this.taskService = taskService;
        this.descriptions = descriptions;
    }

    @Transactional(readOnly = true)
    public TaskListPage page(CurrentUser user, TaskListQuery query) {
        Map<TaskView, Long> counts = new EnumMap<>(TaskView.class);
        for (TaskView view : TaskView.values()) {
            counts.put(view, query(user, query.withView(view)).count());
        }
        TaskQuery tasks = sorted(query(user, query), query);
        return new TaskListPage(query,
                descriptions.describe(tasks.initializeFormKeys()
                        .listPage(query.page() * TaskListQuery.PAGE_SIZE, TaskListQuery.PAGE_SIZE)),
                counts.get(query.view()), counts);
    }

    private TaskQuery query(CurrentUser user, TaskListQuery list) {
        TaskQuery query = taskService.createTaskQuery().active();
        List<String> groups = user.groupList();
        switch (list.view()) {
            case MINE -> query.taskAssignee(user.id());
            case GROUPS -> groupsOrOwn(query, user, groups);
            case UNASSIGNED -> {
                if (groups.isEmpty()) {
                    query.taskId("none");
                } else {
                    query.taskCandidateGroupIn(groups).taskUnassigned();
                }
            }
            case OVERDUE -> {
                query.dueBefore(Date.from(clock.instant()));
                // overdue work escalates to managers; coordinators watch the whole flow
                if (!user.isManager() && !user.isCoordinator()) {
                    groupsOrOwn(query, user, groups);
                }
            }
        }
        search(query, list.search());
        return query;
    }

    private static void groupsOrOwn(TaskQuery query, CurrentUser user, List<String> groups) {
        if (groups.isEmpty()) {
            query.taskAssignee(user.id());
        } else {
            query.or().taskAssignee(user.id()).taskCandidateGroupIn(groups).includeAssignedTasks().endOr();
        }
    }

    /** A State (by code or name) narrows to its requests; anything else is part of a reference. */
    private static void search(TaskQuery query, String search) {
        if (search == null) {
            return;
        }
        Optional<String> state = StateNames.find(search);
        if (state.isPresent()) {
            query.processVariableValueEquals(AssistanceRequestVariables.REQUESTING_STATE.name(), state.get());
        } else {
            query.processInstanceBusinessKeyLike("%" + search.toUpperCase(Locale.ROOT)
                    .replace("\\", "").replace("%", "").replace("_", "\\_") + "%");
        }
    }

    private static TaskQuery sorted(TaskQuery query, TaskListQuery list) {
        TaskQuery ordered = switch (list.sort()) {
            case DUE -> query.orderByDueDate();
            case CREATED -> query.orderByTaskCreateTime();
            case TASK -> query.orderByTaskName();
            case ASSIGNEE -> query.orderByTaskAssignee();
            case REFERENCE -> query.orderByProcessVariable(AssistanceRequestVariables.REFERENCE.name(), ValueType.STRING);
            case STATE -> query.orderByProcessVariable(AssistanceRequestVariables.REQUESTING_STATE.name(), ValueType.STRING);
        };
        ordered = list.descending() ? ordered.desc() : ordered.asc();
        // a stable order for equal keys, so paging never repeats or skips a task
        return ordered.orderByTaskCreateTime().asc().orderByTaskId().asc();
    }
}
