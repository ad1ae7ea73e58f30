package org.advisorydesk.task;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.advisorydesk.DeskTest;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.AssistanceRequestVariables;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.RequestScenario;
import org.advisorydesk.request.RequestService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 16: the task list's read model against the engine itself. After a day of work (submissions,
 * screening, routing, claims, a hand-over, a due date moved, completions, a withdrawal), every user's
 * every view holds exactly the tasks the engine's own candidate rules give them, and a rebuild from the
 * engine writes what the listeners wrote.
 */
@DeskTest
class TaskReadModelTest {

    @Autowired RequestScenario scenario;
    @Autowired RequestService requests;
    @Autowired TaskInbox inbox;
    @Autowired TaskList taskList;
    @Autowired OpenTasks openTasks;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired IdentityService identityService;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired Clock clock;

    @Test
    void everyUsersViewsHoldWhatTheEnginesCandidateRulesGive() {
        aDayOfWork();
        for (User user : identityService.createUserQuery().list()) {
            Set<String> groups = identityService.createGroupQuery().groupMember(user.getId()).list().stream()
                    .map(Group::getId).collect(Collectors.toSet());
            CurrentUser current = new CurrentUser(user.getId(), groups);
            for (TaskView view : TaskView.values()) {
                Set<String> engine = engine(current, view).list().stream().map(Task::getId).collect(Collectors.toSet());
                TaskListPage first = taskList.page(current, new TaskListQuery(view, TaskSort.DUE, false, null, 0));
                assertThat(first.counts().get(view)).as(user.getId() + " " + view + " count").isEqualTo(engine.size());
                assertThat(listed(current, view, first)).as(user.getId() + " " + view).isEqualTo(engine);
            }
            taskList.ofUser(current).forEach(this::describedAsTheEngineSays);
        }
        assertThat((boolean) transaction.execute(status -> openTasks.inStep())).isTrue();
        assertThat(kept()).as("the counts kept as work happened are the tasks' own").isEqualTo(counted());
    }

    @Test
    void aRebuildFromTheEngineWritesWhatTheListenersWrote() {
        aDayOfWork();
        List<String> before = rows();
        transaction.executeWithoutResult(status -> openTasks.rebuild());
        assertThat(rows()).isEqualTo(before);
        jdbc.sql("UPDATE open_task SET signature = '' WHERE signature LIKE '%,%'").update();
        jdbc.sql("DELETE FROM open_task_count WHERE assignee = ''").update();
        assertThat((boolean) transaction.execute(status -> openTasks.inStep())).as("out of step without its groups and counts").isFalse();
        transaction.executeWithoutResult(status -> openTasks.rebuild());
        assertThat(rows()).isEqualTo(before);
        assertThat(kept()).isEqualTo(counted());
        jdbc.sql("DELETE FROM open_task_signatures").update();
        assertThat((boolean) transaction.execute(status -> openTasks.inStep())).as("out of step without its signatures").isFalse();
        transaction.executeWithoutResult(status -> openTasks.rebuild());
        assertThat(jdbc.sql("SELECT signature FROM open_task_signatures ORDER BY signature").query(String.class).list())
                .isEqualTo(jdbc.sql("SELECT DISTINCT signature FROM open_task ORDER BY signature").query(String.class).list());
    }

    @Test
    void workRolledBackLeavesTheTasksAndTheirCountsAsTheyWere() {
        aDayOfWork();
        List<String> tasks = rows();
        List<String> counts = kept();
        transaction.executeWithoutResult(status -> {
            AssistanceRequest request = scenario.submit(aRequest().instruments("ICRMW").assistanceTypes("CAPACITY_BUILDING"));
            WorkTask screening = scenario.task(RequestScenario.COORDINATOR, request, "screen-request", null);
            inbox.claim(RequestScenario.COORDINATOR, screening.id());
            status.setRollbackOnly();
        });
        assertThat(rows()).isEqualTo(tasks);
        assertThat(kept()).isEqualTo(counts).isEqualTo(counted());
    }

    @Test
    void aSearchFindsAReferenceByItsBeginningOrItsEndAndAStateByName() {
        AssistanceRequest request = scenario.submit(aRequest().instruments("ILO_C97").assistanceTypes("LEGISLATIVE_REVIEW"));
        CurrentUser coordinator = RequestScenario.COORDINATOR;
        String reference = request.reference();
        for (String search : List.of(reference, reference.substring(0, 8), reference.substring(reference.length() - 5),
                reference.toLowerCase(), "Paraguay", "PRY")) {
            TaskListPage page = taskList.page(coordinator, new TaskListQuery(TaskView.GROUPS, TaskSort.DUE, false, search, 0));
            assertThat(page.counts().get(TaskView.GROUPS)).as(search).isPositive();
            if (!search.equals("Paraguay") && !search.equals("PRY") && !search.equals(reference.substring(0, 8))) {
                assertThat(page.tasks()).as(search).allSatisfy(t -> assertThat(t.requestReference()).isEqualTo(reference));
            }
        }
        assertThat(taskList.page(coordinator, new TaskListQuery(TaskView.GROUPS, TaskSort.DUE, false, "ZZZ-NOTHING", 0))
                .counts().get(TaskView.GROUPS)).isZero();
    }

    /** Submissions, screening, routing, claims, a hand-over, due dates moved, completions and a withdrawal. */
    private void aDayOfWork() {
        AssistanceRequest review = scenario.submit(aRequest().instruments("ILO_C97").assistanceTypes("LEGISLATIVE_REVIEW"));
        scenario.screenAsComplete(review);
        scenario.confirmRouting(review);
        WorkTask gap = scenario.task(RequestScenario.ILO, review, "prepare-gap-analysis", AssistanceType.LEGISLATIVE_REVIEW);
        inbox.claim(RequestScenario.ILO, gap.id());
        // overdue for days: counted among the days due before today, not today's
        Task late = taskService.createTaskQuery().taskId(gap.id()).singleResult();
        late.setDueDate(Date.from(clock.instant().minus(java.time.Duration.ofDays(3))));
        taskService.saveTask(late);
        AssistanceRequest planned = scenario.plannedReportingSupport();
        AssistanceRequest screened = scenario.submit(aRequest().instruments("ICRMW").assistanceTypes("CAPACITY_BUILDING"));
        WorkTask screening = scenario.task(RequestScenario.COORDINATOR, screened, "screen-request", null);
        inbox.claim(RequestScenario.COORDINATOR, screening.id());
        inbox.handOver(RequestScenario.COORDINATOR, screening.id(), "coordinator");
        Task moved = taskService.createTaskQuery().taskId(screening.id()).singleResult();
        moved.setDueDate(Date.from(clock.instant().minusSeconds(3_600)));
        taskService.saveTask(moved);
        AssistanceRequest withdrawn = scenario.submit(aRequest().instruments("ILO_C143").assistanceTypes("DATA_AND_RESEARCH"));
        requests.withdraw(RequestScenario.PARAGUAY, withdrawn.reference(), "No longer needed");
        assertThat(planned.reference()).isNotBlank();
        assertThat(jdbc.sql("SELECT due_at FROM open_task WHERE task_id = ?").param(screening.id())
                .query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant()).single())
                .as("the due date moved through the engine's update event").isEqualTo(moved.getDueDate().toInstant());
    }

    /** A listed task's fields as the engine gives them: the read model's columns, not a guess. */
    private void describedAsTheEngineSays(WorkTask listed) {
        Task task = taskService.createTaskQuery().taskId(listed.id()).initializeFormKeys().singleResult();
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult();
        assertThat(listed.name()).isEqualTo(task.getName());
        assertThat(listed.taskDefinitionKey()).isEqualTo(task.getTaskDefinitionKey());
        assertThat(listed.assignee()).isEqualTo(task.getAssignee());
        assertThat(listed.formId()).as(listed.taskDefinitionKey() + " form")
                .isEqualTo(task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey());
        assertThat(listed.requestReference()).isEqualTo(instance.getBusinessKey());
        assertThat(listed.assistanceType()).as(listed.taskDefinitionKey() + " type")
                .isEqualTo(runtimeService.getVariableLocal(instance.getId(), AssistanceRequestVariables.ASSISTANCE_TYPE.name()));
        assertThat(listed.due()).isEqualTo(task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }

    /** The old list's engine query for the view: the oracle. */
    private TaskQuery engine(CurrentUser user, TaskView view) {
        TaskQuery query = taskService.createTaskQuery();
        List<String> groups = user.groupList();
        switch (view) {
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
                if (!user.isManager() && !user.isCoordinator()) {
                    groupsOrOwn(query, user, groups);
                }
            }
        }
        return query;
    }

    private static void groupsOrOwn(TaskQuery query, CurrentUser user, List<String> groups) {
        if (groups.isEmpty()) {
            query.taskAssignee(user.id());
        } else {
            query.or().taskAssignee(user.id()).taskCandidateGroupIn(groups).includeAssignedTasks().endOr();
        }
    }

    private Set<String> listed(CurrentUser user, TaskView view, TaskListPage first) {
        Set<String> ids = new HashSet<>();
        List<WorkTask> all = new ArrayList<>();
        for (int page = 0; page < first.pages(); page++) {
            all.addAll(taskList.page(user, new TaskListQuery(view, TaskSort.DUE, false, null, page)).tasks());
        }
        all.forEach(t -> ids.add(t.id()));
        assertThat(all).as("no task twice across pages").hasSize(ids.size());
        return ids;
    }

    private List<String> rows() {
        return jdbc.sql("SELECT t.task_id || '|' || COALESCE(t.case_key, '') || '|' || COALESCE(t.state, '') || '|' || t.task_key "
                        + "|| '|' || COALESCE(t.assignee, '') || '|' || COALESCE(CAST(t.due_at AS VARCHAR), '') || '|' || "
                        + "COALESCE(t.assistance_type, '') || '|' || COALESCE(t.form_key, '') || '|' || "
                        + "t.signature FROM open_task t ORDER BY t.task_id")
                .query(String.class).list();
    }

    /** The kept counts that are not zero, as signature|State|assignee=n, then those per day due as signature|day=n. */
    private List<String> kept() {
        List<String> kept = new java.util.ArrayList<>(jdbc.sql("SELECT signature || '|' || state || '|' || assignee || '=' || n "
                + "FROM open_task_count WHERE n <> 0 ORDER BY signature, state, assignee").query(String.class).list());
        kept.addAll(jdbc.sql("SELECT signature || '|' || CAST(due_day AS VARCHAR) || '=' || n FROM open_task_due_count "
                + "ORDER BY signature, due_day").query(String.class).list());
        return kept;
    }

    /** The same counted over the tasks. */
    private List<String> counted() {
        List<String> counted = new java.util.ArrayList<>(jdbc.sql("SELECT signature || '|' || COALESCE(state, '') || '|' "
                + "|| COALESCE(assignee, '') || '=' || COUNT(*) FROM open_task GROUP BY signature, COALESCE(state, ''), "
                + "COALESCE(assignee, '') ORDER BY signature, COALESCE(state, ''), COALESCE(assignee, '')").query(String.class).list());
        counted.addAll(jdbc.sql("SELECT signature || '|' || due_day || '=' || COUNT(*) FROM (SELECT signature, "
                + "CAST(CAST(due_at AT TIME ZONE 'UTC' AS DATE) AS VARCHAR) AS due_day FROM open_task WHERE due_at IS NOT NULL) d "
                + "GROUP BY signature, due_day ORDER BY signature, due_day").query(String.class).list());
        return counted;
    }
}
