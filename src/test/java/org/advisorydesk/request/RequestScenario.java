package org.advisorydesk.request;

import org.advisorydesk.record.CaseEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.advisorydesk.flow.assistance.AssistanceProcesses;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.task.TaskInbox;
import org.advisorydesk.task.WorkTask;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Drives one request through its processes as the demo users would, through the product's services. */
@Component
public class RequestScenario {

    public static final CurrentUser PARAGUAY = new CurrentUser("gov.paraguay", Set.of("gov-pry"));
    public static final CurrentUser COORDINATOR = new CurrentUser("coordinator", Set.of("coordinators"));
    public static final CurrentUser ILO = new CurrentUser("ilo.officer", Set.of("ilo"));
    public static final CurrentUser IOM = new CurrentUser("iom.officer", Set.of("iom"));
    public static final CurrentUser OHCHR = new CurrentUser("ohchr.officer", Set.of("ohchr"));
    public static final CurrentUser UNESCO = new CurrentUser("unesco.officer", Set.of("unesco"));
    public static final CurrentUser MANAGER = new CurrentUser("manager", Set.of("managers"));
    /** A manager who also works for the ILO (created by {@link #approvalOfWorkDoneByAManager()}). */
    public static final CurrentUser ILO_MANAGER = new CurrentUser("ilo.manager", Set.of("ilo", "managers"));

    @Autowired RequestService requests;
    @Autowired TaskInbox inbox;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired org.camunda.bpm.engine.TaskService taskService;
    @Autowired org.camunda.bpm.engine.IdentityService identityService;

    public AssistanceRequest submit(NewRequestBuilder body) {
        return requests.submit(PARAGUAY, body.build());
    }

    /** Completes the user's one open task of that kind on the request. */
    public void complete(CurrentUser user, AssistanceRequest request, String taskKey, Map<String, Object> values) {
        inbox.complete(user, task(user, request, taskKey, null).id(), values);
    }

    /** Completes the user's one open task of that kind in the branch of that assistance type. */
    public void complete(CurrentUser user, AssistanceRequest request, String taskKey, AssistanceType type,
            Map<String, Object> values) {
        inbox.complete(user, task(user, request, taskKey, type).id(), values);
    }

    public WorkTask task(CurrentUser user, AssistanceRequest request, String taskKey, AssistanceType type) {
        List<WorkTask> tasks = tasks(user, request, taskKey, type);
        assertThat(tasks).as("open %s tasks of %s on %s", taskKey, user.id(), request.reference()).hasSize(1);
        return tasks.get(0);
    }

    public List<WorkTask> tasks(CurrentUser user, AssistanceRequest request, String taskKey, AssistanceType type) {
        return inbox.openTasks(user, request.reference()).stream()
                .filter(t -> taskKey == null || t.taskDefinitionKey().equals(taskKey))
                .filter(t -> type == null || type.name().equals(t.assistanceType()))
                .toList();
    }

    /** The variables of an open task itself (what its form holds), not its process's. */
    public Map<String, Object> taskVariablesLocal(String taskId) {
        return taskService.getVariablesLocal(taskId);
    }

    /** A reporting-support request of Paraguay on ILO C97, routed to ILO alone, its assistance planned. */
    public AssistanceRequest plannedReportingSupport() {
        AssistanceRequest request = submit(NewRequestBuilder.aRequest().instruments("ILO_C97").assistanceTypes("REPORTING_SUPPORT"));
        screenAsComplete(request);
        confirmRouting(request);
        complete(ILO, request, "plan-assistance", Map.of("assistancePlan", "Two workshops"));
        return request;
    }

    /**
     * The approval of a deliverable whose work an ILO officer who is also a manager did (a reporting support on
     * ILO C97, planned and recorded by {@link #ILO_MANAGER}): open for the managers, the four-eyes rule's case.
     */
    public WorkTask approvalOfWorkDoneByAManager() {
        org.advisorydesk.TestUsers.ensure(identityService, ILO_MANAGER.id(), "ilo", "managers");
        AssistanceRequest request = submit(NewRequestBuilder.aRequest().instruments("ILO_C97").assistanceTypes("REPORTING_SUPPORT")
                .with("title", "Four eyes " + System.nanoTime()));
        screenAsComplete(request);
        confirmRouting(request);
        complete(ILO_MANAGER, request, "plan-assistance", Map.of("assistancePlan", "Two workshops"));
        complete(ILO_MANAGER, request, "record-outcome", Map.of("deliveredOn", "2026-12-01", "outcomeSummary", "Draft"));
        return task(MANAGER, request, "approve-deliverable", AssistanceType.REPORTING_SUPPORT);
    }

    public void screenAsComplete(AssistanceRequest request) {
        complete(COORDINATOR, request, "screen-request", Map.of("screeningOutcome", "COMPLETE"));
    }

    public void confirmRouting(AssistanceRequest request) {
        complete(COORDINATOR, request, "confirm-routing", Map.of("routingDecision", "CONFIRM"));
    }

    public ProcessInstance instanceOf(AssistanceRequest request) {
        return runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(AssistanceRequestVariables.PROCESS_KEY)
                .processInstanceBusinessKey(request.reference()).singleResult();
    }

    /** The branch process instance of one assistance type (active or ended, through the history). */
    public ProcessInstance branchOf(AssistanceRequest request, AssistanceType type) {
        return runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(AssistanceProcesses.keyOf(type))
                .processInstanceBusinessKey(request.reference()).singleResult();
    }

    public RequestStatus statusOf(AssistanceRequest request) {
        return requests.get(COORDINATOR, request.reference()).status();
    }

    /** Moves the engine's clock forward and runs the request's timers then due, as the job executor would. */
    public void timePasses(AssistanceRequest request, Duration duration) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
        for (Job job : managementService.createJobQuery().timers().processInstanceId(instanceOf(request).getId())
                .duedateLowerThan(ClockUtil.getCurrentTime()).list()) {
            managementService.executeJob(job.getId());
        }
    }

    public List<CaseEntry> history(AssistanceRequest request) {
        return requests.history(COORDINATOR, request.reference());
    }
}
