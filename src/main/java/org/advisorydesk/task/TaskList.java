package org.advisorydesk.task;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * ({@link OpenTasks}): the counts of every view from the kept counts, the page's rows in index-ordered
 * parts read only as far as the page, then the page's requests from the product's request table;
 * nothing is read from the engine. Deny by default: a user sees their own tasks and their
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
        return list(user, query, pageSize);
    }

    /** Every task of the view, in its order: the API's answer to a caller who asks for no page. */
    @Transactional(readOnly = true)
    public TaskListPage everything(CurrentUser user, TaskListQuery query) {
        return list(user, query, null);
    }

    /** A page of the view ({@code pageSize} tasks from the query's page on), or all of it when {@code pageSize} is null. */
    private TaskListPage list(CurrentUser user, TaskListQuery query, Integer pageSize) {
        Visibility visible = visibility(user, query.search());
        Map<TaskView, Long> counts = visible.counts(jdbc);
        String order = order(query);
        long offset = pageSize == null ? 0 : (long) query.page() * pageSize;
        // each part of the view needs to be read no further than the end of the page
        Long reach = pageSize == null ? null : offset + pageSize;
        List<WorkTask> tasks = rows("SELECT * FROM (" + visible.rows(query.view(), COLUMNS, order, reach) + ") t",
                visible.parameters(), order + (pageSize == null ? "" : " LIMIT " + pageSize + " OFFSET " + offset));
        return new TaskListPage(query, tasks, counts.get(query.view()), counts);
    }

    /** The user's open tasks (their own and their groups'), oldest first. */
    @Transactional(readOnly = true)
    public List<WorkTask> ofUser(CurrentUser user) {
        Visibility visible = visibility(user, null);
        String order = "t.created_at ASC, t.task_id ASC";
        return rows("SELECT * FROM (" + visible.rows(TaskView.GROUPS, COLUMNS, order, null) + ") t", visible.parameters(), order);
    }

    /** The user's open tasks on one case (a request's process and the branches it calls share its reference), oldest first. */
    @Transactional(readOnly = true)
    public List<WorkTask> ofCase(CurrentUser user, String caseKey) {
        Visibility visible = visibility(user, null);
        Map<String, Object> parameters = new HashMap<>(visible.parameters());
        parameters.put("case", caseKey);
        return rows("SELECT " + COLUMNS + " FROM open_task t WHERE t.case_key = :case AND " + visible.narrow(), parameters,
                "t.created_at ASC, t.task_id ASC");
    }

    /** Whether the task is open and the user's or one of their groups', as the engine's candidate rules say. */
    @Transactional(readOnly = true)
    public boolean mayWorkOn(CurrentUser user, String taskId) {
        Visibility visible = visibility(user, null);
        Map<String, Object> parameters = new HashMap<>(visible.parameters());
        parameters.put("task", taskId);
        return jdbc.sql("SELECT COUNT(*) FROM open_task t WHERE t.task_id = :task AND " + visible.narrow())
                .params(parameters).query(Long.class).single() > 0;
    }

    /**
     * What the user may see, with the signatures (candidate groups of a task, sorted and joined) that
     * reach one of their groups: a few, whatever the number of tasks.
     */
    private Visibility visibility(CurrentUser user, String search) {
        Set<String> groups = Set.copyOf(user.groupList());
        // every signature kept, and whether the user holds some of its tasks: a few rows, one index seek each
        List<String> signatures = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        jdbc.sql("SELECT s.signature, CASE WHEN EXISTS (SELECT 1 FROM open_task t WHERE t.signature = s.signature "
                        + "AND t.assignee = ?) THEN 1 ELSE 0 END FROM open_task_signatures s ORDER BY s.signature")
                .param(user.id())
                .query((ResultSet rs) -> {
                    String signature = rs.getString(1);
                    if (!signature.isEmpty() && Arrays.stream(signature.split(",")).anyMatch(groups::contains)) {
                        signatures.add(signature);
                    } else if (rs.getInt(2) == 1) {
                        // the user's own tasks outside their groups' reach (mostly none)
                        outside.add(signature);
                    }
                });
        return new Visibility(user, search, clock, signatures, outside);
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
     * user's candidate groups (held or not), unclaimed ones of those groups, and the overdue ones.
     *
     * <p>Without a search, or searching a State, a view is a few parts that do not overlap: one per
     * signature the user's groups reach, and the user's own tasks outside those. Each part is read in an
     * index's order only as far as the page reaches (its equal columns lead its ORDER BY, so that H2 too
     * reads the index in order and stops), and the database merges the parts' few rows; the counts are the
     * kept counts of those signatures (the overdue ones per day due, and today's an index range). Searching a reference
     * is one part checked row by row: its matches are few.
     */
    private static final class Visibility {

        private final Map<String, Object> parameters = new HashMap<>();
        private final List<String> signatures;
        /** The signatures of the user's own tasks that none of their groups reach. */
        private final List<String> outside;
        private final boolean hasGroups;
        private final boolean seesAllOverdue;
        private final String search;
        private final boolean byState;
        private final List<String> groupPatterns = new ArrayList<>();

        Visibility(CurrentUser user, String search, Clock clock, List<String> signatures, List<String> outside) {
            parameters.put("me", user.id());
            OffsetDateTime now = OpenTasks.utc(clock.instant());
            parameters.put("now", now);
            // the overdue of days before today are counted per day (open_task_due_count), today's are few
            parameters.put("today", now.toLocalDate());
            parameters.put("todayStarted", now.toLocalDate().atStartOfDay().atOffset(ZoneOffset.UTC));
            this.signatures = signatures;
            this.outside = outside;
            for (int i = 0; i < signatures.size(); i++) {
                parameters.put("sig" + i, signatures.get(i));
            }
            if (!signatures.isEmpty()) {
                parameters.put("sigs", signatures);
            }
            for (int i = 0; i < outside.size(); i++) {
                parameters.put("out" + i, outside.get(i));
            }
            if (!outside.isEmpty()) {
                parameters.put("outs", outside);
            }
            List<String> groups = user.groupList();
            hasGroups = !groups.isEmpty();
            for (int i = 0; i < groups.size(); i++) {
                parameters.put("group" + i, "%," + groups.get(i).replace("\\", "").replace("%", "").replace("_", "\\_") + ",%");
                groupPatterns.add("(',' || t.signature || ',') LIKE :group" + i);
            }
            // overdue work escalates to managers; coordinators watch the whole flow
            seesAllOverdue = user.isManager() || user.isCoordinator();
            this.search = search(search);
            this.byState = parameters.containsKey("state");
        }

        /**
         * The view's rows of {@code open_task t} selecting {@code columns}, as a query whose rows the caller
         * orders by {@code order}; each part reads at most {@code reach} rows (all when null).
         */
        String rows(TaskView view, String columns, String order, Long reach) {
            List<String> parts = new ArrayList<>();
            if (search != null && !byState) {
                String where = "(" + search + ") AND " + switch (view) {
                    case MINE -> "t.assignee = :me";
                    case GROUPS -> narrow();
                    case UNASSIGNED -> hasGroups ? groupsOnly() + " AND t.assignee IS NULL" : "1 = 0";
                    case OVERDUE -> (seesAllOverdue ? "1 = 1" : narrow()) + " AND t.due_at < :now";
                };
                return "SELECT " + columns + " FROM open_task t WHERE " + where;
            }
            String and = search == null ? "" : " AND " + search;
            // a State searched: the signature's tasks of that State, in the due dates' order (index: signature, state, due)
            String lead = byState ? "t.signature, t.state, " : "t.signature, ";
            switch (view) {
                case MINE -> parts.add(part(columns, "t.assignee = :me" + and, "t.assignee, ", order, reach));
                case GROUPS -> {
                    for (int i = 0; i < signatures.size(); i++) {
                        parts.add(part(columns, "t.signature = :sig" + i + and, lead, order, reach));
                    }
                    outside(parts, columns, and, order, reach);
                }
                case UNASSIGNED -> {
                    for (int i = 0; i < signatures.size(); i++) {
                        parts.add(part(columns, "t.signature = :sig" + i + " AND t.assignee IS NULL" + and,
                                byState ? lead : "t.signature, t.assignee, ", order, reach));
                    }
                }
                case OVERDUE -> {
                    String due = " AND t.due_at < :now";
                    if (seesAllOverdue) {
                        parts.add(part(columns, "t.due_at < :now" + and, "", order, reach));
                    } else {
                        for (int i = 0; i < signatures.size(); i++) {
                            parts.add(part(columns, "t.signature = :sig" + i + due + and, lead, order, reach));
                        }
                        outside(parts, columns, due + and, order, reach);
                    }
                }
            }
            if (parts.isEmpty()) {
                return "SELECT " + columns + " FROM open_task t WHERE 1 = 0";
            }
            return String.join(" UNION ALL ", parts);
        }

        /** The user's own tasks of signatures outside their groups' reach, one part each (index: signature, assignee, due). */
        private void outside(List<String> parts, String columns, String and, String order, Long reach) {
            for (int i = 0; i < outside.size(); i++) {
                parts.add(part(columns, "t.signature = :out" + i + " AND t.assignee = :me" + and, "t.signature, t.assignee, ",
                        order, reach));
            }
        }

        private static String part(String columns, String where, String lead, String order, Long reach) {
            String select = "SELECT " + columns + " FROM open_task t WHERE " + where;
            return reach == null ? "(" + select + ")" : "(" + select + " ORDER BY " + lead + order + " LIMIT " + reach + ")";
        }

        /**
         * Every view's count in one statement: without a search or searching a State, sums of the kept
         * counts and, for the overdue, the kept counts of the days due before today and an index range of
         * today's (a State searched: one index range per part); searching a reference, one pass over its matches.
         */
        Map<TaskView, Long> counts(JdbcClient jdbc) {
            String[] expressions = new String[TaskView.values().length];
            if (search != null && !byState) {
                for (TaskView view : TaskView.values()) {
                    expressions[view.ordinal()] = "(SELECT COUNT(*) FROM (" + rows(view, "t.task_id", "", null) + ") c)";
                }
            } else {
                String state = byState ? " AND state = :state" : "";
                String inGroups = signatures.isEmpty() ? "0"
                        : "(SELECT COALESCE(SUM(n), 0) FROM open_task_count WHERE signature IN (:sigs)" + state + ")";
                String outsideCount = outside.isEmpty() ? "0"
                        : "(SELECT COALESCE(SUM(n), 0) FROM open_task_count WHERE assignee = :me AND signature IN (:outs)" + state + ")";
                expressions[TaskView.MINE.ordinal()] = "(SELECT COALESCE(SUM(n), 0) FROM open_task_count WHERE assignee = :me" + state + ")";
                expressions[TaskView.GROUPS.ordinal()] = inGroups + " + " + outsideCount;
                expressions[TaskView.UNASSIGNED.ordinal()] = signatures.isEmpty() ? "0"
                        : "(SELECT COALESCE(SUM(n), 0) FROM open_task_count WHERE signature IN (:sigs) AND assignee = ''" + state + ")";
                String and = search == null ? "" : " AND " + search;
                List<String> overdue = new ArrayList<>();
                // a State searched: its overdue tasks of each signature are an index range of their own
                String today = " AND t.due_at >= :todayStarted";
                if (seesAllOverdue) {
                    overdue.add(byState ? "(SELECT COUNT(*) FROM open_task t WHERE t.due_at < :now" + and + ")"
                            : "(SELECT COALESCE(SUM(n), 0) FROM open_task_due_count WHERE due_day < :today) + "
                                    + "(SELECT COUNT(*) FROM open_task t WHERE t.due_at < :now" + today + ")");
                } else {
                    for (int i = 0; i < signatures.size(); i++) {
                        String signature = "t.signature = :sig" + i;
                        overdue.add(byState ? "(SELECT COUNT(*) FROM open_task t WHERE " + signature + " AND t.due_at < :now" + and + ")"
                                : "(SELECT COALESCE(SUM(n), 0) FROM open_task_due_count t WHERE " + signature + " AND t.due_day < :today) + "
                                        + "(SELECT COUNT(*) FROM open_task t WHERE " + signature + " AND t.due_at < :now" + today + ")");
                    }
                    for (int i = 0; i < outside.size(); i++) {
                        overdue.add("(SELECT COUNT(*) FROM open_task t WHERE t.signature = :out" + i
                                + " AND t.assignee = :me AND t.due_at < :now" + and + ")");
                    }
                    if (overdue.isEmpty()) {
                        overdue.add("0");
                    }
                }
                expressions[TaskView.OVERDUE.ordinal()] = String.join(" + ", overdue);
            }
            Map<TaskView, Long> counts = new EnumMap<>(TaskView.class);
            jdbc.sql("SELECT " + String.join(", ", expressions))
                    .params(parameters)
                    .query((rs, n) -> {
                        for (TaskView view : TaskView.values()) {
                            counts.put(view, rs.getLong(view.ordinal() + 1));
                        }
                        return counts;
                    })
                    .single();
            return counts;
        }

        /** The tasks of one of the user's groups, as a condition on {@code t} checked row by row. */
        private String groupsOnly() {
            return "(" + String.join(" OR ", groupPatterns) + ")";
        }

        /** The user's own or groups' tasks, as a condition on {@code t} for a query another index drives (one task, one case). */
        String narrow() {
            return hasGroups ? "(t.assignee = :me OR " + groupsOnly() + ")" : "t.assignee = :me";
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
