package org.advisorydesk.task;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.request.StateNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff task list: a view, sorted, searched and paged over the task list's read model
 * ({@link OpenTasks}) in indexed queries, the counts of every view and the page's rows, then the page's
 * requests from the product's request table; nothing is read from the engine. Deny by default: a user sees their own tasks and their
 * groups' (as the engine's candidate rules say); managers and coordinators every overdue task.
 */
@Service
public class TaskList {

    private final JdbcClient jdbc;
    private final RequestService requests;
    private final Clock clock;

    TaskList(JdbcClient jdbc, RequestService requests, Clock clock) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.clock = clock;
    }

    /** A list row's columns of {@code open_task t}, in the order {@link #rows} reads them. */
    private static final String COLUMNS = "t.task_id, t.task_name, t.task_key, t.case_key, t.state, t.assistance_type, "
            + "t.created_at, t.due_at, t.assignee, t.form_key";

    /** The most tasks one page of the API holds. */
    public static final int MAX_PAGE_SIZE = 200;

    @Transactional(readOnly = true)
    public TaskListPage page(CurrentUser user, TaskListQuery query) {
        return page(user, query, TaskListQuery.PAGE_SIZE);
    }

    /** A page of {@code size} tasks (at most {@link #MAX_PAGE_SIZE}). */
    @Transactional(readOnly = true)
    public TaskListPage page(CurrentUser user, TaskListQuery query, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        return list(user, query, " LIMIT " + pageSize + " OFFSET " + (long) query.page() * pageSize);
    }

    /** Every task of the view, in its order: the API's answer to a caller who asks for no page. */
    @Transactional(readOnly = true)
    public TaskListPage everything(CurrentUser user, TaskListQuery query) {
        return list(user, query, "");
    }

    private TaskListPage list(CurrentUser user, TaskListQuery query, String limit) {
        Visibility visible = new Visibility(user, query.search(), clock);
        Map<TaskView, Long> counts = counts(visible);
        List<WorkTask> tasks = rows("SELECT * FROM (" + visible.rows(query.view(), COLUMNS) + ") t", visible.parameters(),
                order(query) + limit);
        return new TaskListPage(query, tasks, counts.get(query.view()), counts);
    }

    /** The user's open tasks (their own and their groups'), oldest first. */
    @Transactional(readOnly = true)
    public List<WorkTask> ofUser(CurrentUser user) {
        Visibility visible = new Visibility(user, null, clock);
        return rows("SELECT * FROM (" + visible.rows(TaskView.GROUPS, COLUMNS) + ") t", visible.parameters(),
                "t.created_at ASC, t.task_id ASC");
    }

    /** The user's open tasks on one case (a request's process and the branches it calls share its reference), oldest first. */
    @Transactional(readOnly = true)
    public List<WorkTask> ofCase(CurrentUser user, String caseKey) {
        Visibility visible = new Visibility(user, null, clock);
        Map<String, Object> parameters = new HashMap<>(visible.parameters());
        parameters.put("case", caseKey);
        return rows("SELECT " + COLUMNS + " FROM open_task t WHERE t.case_key = :case AND " + visible.narrow(), parameters,
                "t.created_at ASC, t.task_id ASC");
    }

    /** Whether the task is open and the user's or one of their groups', as the engine's candidate rules say. */
    @Transactional(readOnly = true)
    public boolean mayWorkOn(CurrentUser user, String taskId) {
        Visibility visible = new Visibility(user, null, clock);
        Map<String, Object> parameters = new HashMap<>(visible.parameters());
        parameters.put("task", taskId);
        return jdbc.sql("SELECT COUNT(*) FROM open_task t WHERE t.task_id = :task AND " + visible.narrow())
                .params(parameters).query(Long.class).single() > 0;
    }

    /** One open task as the list shows it, whoever may see it (the caller decides). */
    Optional<WorkTask> one(String taskId) {
        return rows("SELECT " + COLUMNS + " FROM open_task t WHERE t.task_id = :task", Map.of("task", taskId), "t.task_id")
                .stream().findFirst();
    }

    /**
     * The read model's rows as tasks, with their requests' titles, instruments and types from the
     * product's request table: two indexed queries, nothing per task and nothing from the engine.
     */
    private List<WorkTask> rows(String select, Map<String, Object> parameters, String orderAndLimit) {
        List<WorkTask> rows = jdbc.sql(select + " ORDER BY " + orderAndLimit)
                .params(parameters)
                .query((rs, n) -> new WorkTask(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), null, List.of(), rs.getString(6), List.of(),
                        instant(rs.getObject(7, OffsetDateTime.class)), instant(rs.getObject(8, OffsetDateTime.class)),
                        rs.getString(9), rs.getString(10)))
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, AssistanceRequest> requests = this.requests.byReference(
                rows.stream().map(WorkTask::requestReference).filter(r -> r != null).collect(Collectors.toSet()));
        return rows.stream().map(t -> {
            AssistanceRequest request = requests.get(t.requestReference());
            return request == null ? t : new WorkTask(t.id(), t.name(), t.taskDefinitionKey(), t.requestReference(),
                    request.requestingState(), request.title(), request.instruments().stream().map(Enum::name).toList(),
                    t.assistanceType(), request.assistanceTypes().stream().map(Enum::name).toList(), t.created(), t.due(),
                    t.assignee(), t.formId());
        }).toList();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** Every view's count in one statement: one indexed count per view. */
    private Map<TaskView, Long> counts(Visibility visible) {
        StringBuilder select = new StringBuilder("SELECT ");
        TaskView[] views = TaskView.values();
        for (int i = 0; i < views.length; i++) {
            select.append(i == 0 ? "" : ", ").append("(SELECT COUNT(*) FROM (").append(visible.rows(views[i], "t.task_id"))
                    .append(") c").append(i).append(")");
        }
        Map<TaskView, Long> counts = new EnumMap<>(TaskView.class);
        jdbc.sql(select.toString())
                .params(visible.parameters())
                .query((rs, n) -> {
                    for (int i = 0; i < views.length; i++) {
                        counts.put(views[i], rs.getLong(i + 1));
                    }
                    return counts;
                })
                .single();
        return counts;
    }

    private static String order(TaskListQuery list) {
        String column = switch (list.sort()) {
            case DUE -> "t.due_at";
            case CREATED -> "t.created_at";
            case TASK -> "t.task_name";
            case ASSIGNEE -> "t.assignee";
            case REFERENCE -> "t.case_key";
            case STATE -> "t.state";
        };
        // a stable order for equal keys, so paging never repeats or skips a task
        return column + (list.descending() ? " DESC" : " ASC") + ", t.created_at ASC, t.task_id ASC";
    }

    /**
     * The tasks of each view for one user and search, with named parameters: own tasks, tasks of the
     * user's candidate groups (held or not), unclaimed ones of those groups, and the overdue ones. Each
     * view is a query over the tables themselves, each part driven by an index (the groups' rows, the
     * assignee's, the due date's), never a subquery the database may run again for every task.
     */
    private static final class Visibility {

        private final Map<String, Object> parameters = new HashMap<>();
        private final boolean hasGroups;
        private final boolean seesAllOverdue;
        private final String search;

        Visibility(CurrentUser user, String search, Clock clock) {
            parameters.put("me", user.id());
            parameters.put("now", OpenTasks.utc(clock.instant()));
            List<String> groups = user.groupList();
            hasGroups = !groups.isEmpty();
            if (hasGroups) {
                parameters.put("groups", groups);
            }
            // overdue work escalates to managers; coordinators watch the whole flow
            seesAllOverdue = user.isManager() || user.isCoordinator();
            this.search = search(search);
        }

        /** The view's rows of {@code open_task t} as one query selecting {@code columns}. */
        String rows(TaskView view, String columns) {
            String and = search == null ? "" : " AND " + search;
            String mine = "SELECT " + columns + " FROM open_task t WHERE t.assignee = :me" + and;
            return switch (view) {
                case MINE -> mine;
                case GROUPS -> hasGroups ? ofGroups("", columns) + and + " UNION " + mine : mine;
                case UNASSIGNED -> hasGroups ? ofGroups("DISTINCT ", columns) + and + " AND t.assignee IS NULL"
                        : "SELECT " + columns + " FROM open_task t WHERE 1 = 0";
                case OVERDUE -> {
                    String due = " AND t.due_at < :now";
                    if (seesAllOverdue) {
                        yield "SELECT " + columns + " FROM open_task t WHERE t.due_at < :now" + and;
                    }
                    yield hasGroups ? ofGroups("", columns) + and + due + " UNION " + mine + due : mine + due;
                }
            };
        }

        /** The tasks of the user's groups: their rows in {@code open_task_group}, joined to their tasks by key. */
        private static String ofGroups(String distinct, String columns) {
            return "SELECT " + distinct + columns + " FROM open_task_group g JOIN open_task t ON t.task_id = g.task_id "
                    + "WHERE g.group_id IN (:groups)";
        }

        /** The user's own or groups' tasks, as a condition on {@code t} for a query another index drives (one task, one case). */
        String narrow() {
            return hasGroups ? "(t.assignee = :me OR EXISTS (SELECT 1 FROM open_task_group g WHERE g.task_id = t.task_id "
                    + "AND g.group_id IN (:groups)))" : "t.assignee = :me";
        }

        Map<String, Object> parameters() {
            return parameters;
        }

        /**
         * A State (by code or name) narrows to its tasks; anything else is the beginning or the end of a
         * case's reference (the end as the beginning of the reversed reference, so that both are prefix
         * matches an index can serve when the database drives the query by them).
         */
        private String search(String text) {
            if (text == null) {
                return null;
            }
            Optional<String> state = StateNames.find(text);
            if (state.isPresent()) {
                parameters.put("state", state.get());
                return "t.state = :state";
            }
            String part = text.toUpperCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "");
            parameters.put("starts", part + "%");
            parameters.put("ends", new StringBuilder(part).reverse() + "%");
            return "(t.case_key LIKE :starts OR t.case_key_reversed LIKE :ends)";
        }
    }
}
