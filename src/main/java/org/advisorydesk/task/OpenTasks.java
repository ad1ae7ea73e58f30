package org.advisorydesk.task;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.advisorydesk.record.CaseKey;
import org.advisorydesk.request.AssistanceRequestVariables;
import org.advisorydesk.task.OpenTaskCounts.Counted;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The task list's read model: one row per open user task ({@code open_task}, its candidate groups as one
 * sorted signature), written by the task listeners in the engine's transaction, so it is never behind
 * the engine, with the counts of {@link OpenTaskCounts}; rebuilt from the engine's own tables when a
 * check finds it out of step (at start-up, see {@link OpenTasksCheck}).
 */
@Component
class OpenTasks {

    private static final Logger LOG = LoggerFactory.getLogger(OpenTasks.class);

    private final JdbcClient jdbc;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    /**
     * Off only in the task-list benchmark, which measures the engine's work with and without these
     * writes in one run (issue 16's write overhead) and rebuilds the model afterwards.
     */
    private volatile boolean writing = true;
    private final OpenTaskCounts counts;

    OpenTasks(JdbcClient jdbc, TaskService taskService, RuntimeService runtimeService, OpenTaskCounts counts) {
        this.jdbc = jdbc;
        this.counts = counts;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
    }

    void created(DelegateTask task, Collection<String> candidateGroups) {
        if (!writing) {
            return;
        }
        String businessKey = task.getExecution().getProcessBusinessKey();
        // the branch's type as a process variable of its own instance, as TaskDescriptions reads it
        Object type = task.getExecution().getProcessInstance().getVariableLocal(AssistanceRequestVariables.ASSISTANCE_TYPE.name());
        counts.add(insert(task.getId(), task.getProcessInstanceId(), businessKey,
                stateOf(businessKey, task.getVariable(AssistanceRequestVariables.REQUESTING_STATE.name())),
                task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), task.getCreateTime(), task.getDueDate(),
                task.getFollowUpDate(), type instanceof String t ? t : null, formKey(task), candidateGroups), 1);
    }

    /** The key of the task's Camunda Form, as its definition gives it (evaluated now, as the engine's query would). */
    private static String formKey(DelegateTask task) {
        if (task instanceof TaskEntity entity) {
            entity.initializeFormKey();
            CamundaFormRef form = entity.getCamundaFormRef();
            return form == null ? null : form.getKey();
        }
        return null;
    }

    void assigned(DelegateTask task) {
        if (!writing) {
            return;
        }
        current(task.getId()).ifPresent(row -> counts.moved(row, row.assignedTo(task.getAssignee())));
        jdbc.sql("UPDATE open_task SET assignee = ? WHERE task_id = ?").params(task.getAssignee(), task.getId()).update();
    }

    /**
     * A property changed: its name, due date or follow-up date. The engine says so of a task just created
     * too (its due date set by the create listener): a row that holds these already is left as it is.
     */
    void updated(DelegateTask task) {
        if (!writing) {
            return;
        }
        OffsetDateTime due = utc(task.getDueDate());
        OffsetDateTime followUp = utc(task.getFollowUpDate());
        // the row as it is, read once: whether anything changed, and what it is counted under
        record Row(Counted counted, boolean same) {
        }
        Optional<Row> row = jdbc.sql("SELECT signature, state, assignee, task_name, due_at, follow_up_at FROM open_task "
                        + "WHERE task_id = ?")
                .param(task.getId())
                .query((rs, n) -> new Row(
                        new Counted(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(5, OffsetDateTime.class)),
                        java.util.Objects.equals(rs.getString(4), task.getName())
                                && sameInstant(rs.getObject(5, OffsetDateTime.class), due)
                                && sameInstant(rs.getObject(6, OffsetDateTime.class), followUp)
                                && java.util.Objects.equals(rs.getString(3), task.getAssignee())))
                .optional();
        if (row.isEmpty() || row.get().same()) {
            return;
        }
        Counted before = row.get().counted();
        counts.moved(before, new Counted(before.signature(), before.state(), task.getAssignee(), due));
        jdbc.sql("UPDATE open_task SET task_name = ?, due_at = ?, follow_up_at = ?, assignee = ? WHERE task_id = ?")
                .params(task.getName(), due, followUp, task.getAssignee(), task.getId())
                .update();
    }

    private static boolean sameInstant(OffsetDateTime stored, OffsetDateTime now) {
        return stored == null ? now == null : now != null && stored.toInstant().equals(now.toInstant());
    }

    void ended(DelegateTask task) {
        if (!writing) {
            return;
        }
        current(task.getId()).ifPresent(row -> counts.add(row, -1));
        jdbc.sql("DELETE FROM open_task WHERE task_id = ?").param(task.getId()).update();
    }

    /** What the task is counted under as the read model holds it now. */
    private Optional<Counted> current(String taskId) {
        return jdbc.sql("SELECT signature, state, assignee, due_at FROM open_task WHERE task_id = ?").param(taskId)
                .query((rs, n) -> new Counted(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class)))
                .optional();
    }

    /** A task's candidate groups as one key: sorted, comma-separated; empty for none. */
    static String signature(Collection<String> groups) {
        return String.join(",", new TreeSet<>(groups));
    }

    void writing(boolean on) {
        this.writing = on;
    }

    /** Whether the read model holds exactly the engine's open tasks and their candidate groups. */
    boolean inStep() {
        long engine = taskService.createTaskQuery().count();
        long model = jdbc.sql("SELECT COUNT(*) FROM open_task").query(Long.class).single();
        if (engine != model) {
            return false;
        }
        long links = jdbc.sql("SELECT COUNT(*) FROM ACT_RU_IDENTITYLINK WHERE TYPE_ = 'candidate' AND GROUP_ID_ IS NOT NULL "
                + "AND TASK_ID_ IS NOT NULL").query(Long.class).single();
        long groups = jdbc.sql("SELECT signature, COUNT(*) FROM open_task GROUP BY signature")
                .query((rs, n) -> (rs.getString(1).isEmpty() ? 0 : rs.getString(1).split(",").length) * rs.getLong(2))
                .list().stream().mapToLong(Long::longValue).sum();
        return links == groups && counts.inStep(model);
    }

    /** The read model anew from the engine's open tasks, their processes' keys and States, and their candidate groups. */
    int rebuild() {
        jdbc.sql("DELETE FROM open_task").update();
        Map<String, List<String>> groupsByTask = new HashMap<>();
        jdbc.sql("SELECT TASK_ID_, GROUP_ID_ FROM ACT_RU_IDENTITYLINK WHERE TYPE_ = 'candidate' AND GROUP_ID_ IS NOT NULL "
                        + "AND TASK_ID_ IS NOT NULL")
                .query((rs, n) -> groupsByTask.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        int written = 0;
        int size = 500;
        for (int first = 0; ; first += size) {
            List<Task> tasks = taskService.createTaskQuery().initializeFormKeys().orderByTaskId().asc().listPage(first, size);
            if (tasks.isEmpty()) {
                break;
            }
            Set<String> instances = new java.util.HashSet<>();
            tasks.forEach(t -> instances.add(t.getProcessInstanceId()));
            Map<String, String> keys = new HashMap<>();
            runtimeService.createProcessInstanceQuery().processInstanceIds(instances).list()
                    .forEach((ProcessInstance p) -> keys.put(p.getId(), p.getBusinessKey()));
            Map<String, Object> states = new HashMap<>();
            Map<String, Object> types = new HashMap<>();
            runtimeService.createVariableInstanceQuery().processInstanceIdIn(instances.toArray(String[]::new))
                    .variableNameIn(AssistanceRequestVariables.REQUESTING_STATE.name(), AssistanceRequestVariables.ASSISTANCE_TYPE.name())
                    .list().stream()
                    .filter(v -> v.getExecutionId().equals(v.getProcessInstanceId()))
                    .forEach((VariableInstance v) -> (AssistanceRequestVariables.REQUESTING_STATE.name().equals(v.getName())
                            ? states : types).put(v.getProcessInstanceId(), v.getValue()));
            for (Task t : tasks) {
                String key = keys.get(t.getProcessInstanceId());
                Object type = types.get(t.getProcessInstanceId());
                insert(t.getId(), t.getProcessInstanceId(), key, stateOf(key, states.get(t.getProcessInstanceId())),
                        t.getTaskDefinitionKey(), t.getName(), t.getAssignee(), t.getCreateTime(), t.getDueDate(),
                        t.getFollowUpDate(), type instanceof String s ? s : null,
                        t.getCamundaFormRef() == null ? null : t.getCamundaFormRef().getKey(),
                        groupsByTask.getOrDefault(t.getId(), List.of()));
                written++;
            }
        }
        counts.rebuild();
        LOG.info("Task list read model rebuilt from the engine: {} open tasks", written);
        return written;
    }

    /** The task's row; its signature and the row's State and assignee are what it is counted under. */
    private Counted insert(String taskId, String processInstanceId, String caseKey, String state, String taskKey, String name,
            String assignee, Date created, Date due, Date followUp, String assistanceType, String formKey,
            Collection<String> groups) {
        String signature = signature(groups);
        jdbc.sql("INSERT INTO open_task (task_id, process_instance_id, case_key, case_key_reversed, state, task_key, task_name, "
                        + "assignee, created_at, due_at, follow_up_at, assistance_type, form_key, signature) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(taskId, processInstanceId, caseKey, caseKey == null ? null : new StringBuilder(caseKey).reverse().toString(),
                        state, taskKey, name, assignee, utc(created), utc(due), utc(followUp), assistanceType, formKey, signature)
                .update();
        return new Counted(signature, state, assignee, utc(due));
    }

    /** A monitoring case's State from its key; a request's from its variable. */
    private static String stateOf(String businessKey, Object requestingState) {
        Optional<CaseKey> key = CaseKey.parse(businessKey);
        if (key.isPresent() && key.get() instanceof CaseKey.MonitoringCase monitoring) {
            return monitoring.stateCode();
        }
        return requestingState instanceof String state && state.length() == 3 ? state : null;
    }

    private static OffsetDateTime utc(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
