package org.advisorydesk.request;

import org.advisorydesk.DeskTest;
import org.advisorydesk.TestUsers;
import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.task.TaskInbox;
import org.advisorydesk.web.ForbiddenException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The {@code assistance-request} and {@code deliver-assistance} processes, path by path, on the real engine. */
@DeskTest
class AssistanceRequestProcessTest {

    static final CurrentUser PARAGUAY = new CurrentUser("gov.paraguay", Set.of("gov-pry"));
    static final CurrentUser COORDINATOR = new CurrentUser("coordinator", Set.of("coordinators"));
    static final CurrentUser OHCHR_OFFICER = new CurrentUser("ohchr.officer", Set.of("ohchr"));
    static final CurrentUser MANAGER = new CurrentUser("manager", Set.of("managers"));

    @Autowired ProcessEngine engine;
    @Autowired RequestService requests;
    @Autowired TaskInbox inbox;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;

    @BeforeEach
    void useEngine() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void completeRequestIsScreenedRoutedDeliveredApprovedAndAccepted() {
        AssistanceRequest request = requests.submit(PARAGUAY, aRequest().build());
        ProcessInstance instance = instanceOf(request);
        assertThat(instance).isWaitingAt("screen-request");
        assertThat(statusOf(request)).isEqualTo(RequestStatus.IN_SCREENING);

        complete(COORDINATOR, request, "screen-request", Map.of("screeningOutcome", "COMPLETE"));
        assertThat(instance).isWaitingAt("deliver-assistance");
        assertThat(statusOf(request)).isEqualTo(RequestStatus.IN_PROGRESS);
        ProcessInstance branch = branchesOf(instance).get(0);
        assertThat(branch).isWaitingAt("prepare-deliverable");
        assertThat(branch).task().hasCandidateGroup("ohchr");

        complete(OHCHR_OFFICER, request, "prepare-deliverable", Map.of("deliverableSummary", "Gap analysis, 93 articles"));
        assertThat(branch).isWaitingAt("approve-deliverable");
        assertThat(branch).task().hasCandidateGroup("managers");

        complete(MANAGER, request, "approve-deliverable", Map.of("approvalDecision", "APPROVE"));
        assertThat(branch).isEnded().hasPassed("deliverable-delivered");
        assertThat(instance).isWaitingAt("review-deliverables");
        assertThat(instance).task().hasCandidateGroup("gov-pry");
        assertThat(statusOf(request)).isEqualTo(RequestStatus.DELIVERED);

        complete(PARAGUAY, request, "review-deliverables", Map.of("reviewOutcome", "ACCEPT"));
        assertThat(instance).isEnded().hasPassed("request-closed");
        assertThat(statusOf(request)).isEqualTo(RequestStatus.CLOSED);
    }

    @Test
    void requestOutOfScopeIsClosedAsRejectedWithTheReason() {
        AssistanceRequest request = requests.submit(PARAGUAY, aRequest().build());
        ProcessInstance instance = instanceOf(request);

        complete(COORDINATOR, request, "screen-request",
                Map.of("screeningOutcome", "OUT_OF_SCOPE", "screeningNote", "Concerns refugee status only"));

        assertThat(instance).isEnded().hasPassed("request-rejected").hasNotPassed("determine-routing");
        assertThat(statusOf(request)).isEqualTo(RequestStatus.REJECTED);
        assertThat(instance).variables().containsEntry("screeningNote", "Concerns refugee status only");
    }

    @Test
    void rejectedDeliverableGoesBackToTheLeadAgency() {
        AssistanceRequest request = requests.submit(PARAGUAY, aRequest().build());
        ProcessInstance instance = instanceOf(request);
        complete(COORDINATOR, request, "screen-request", Map.of("screeningOutcome", "COMPLETE"));
        ProcessInstance branch = branchesOf(instance).get(0);
        complete(OHCHR_OFFICER, request, "prepare-deliverable", Map.of("deliverableSummary", "First draft"));

        complete(MANAGER, request, "approve-deliverable", Map.of("approvalDecision", "REJECT", "approvalComment", "Cover Part IV"));

        assertThat(branch).isWaitingAt("prepare-deliverable");
        assertThat(branch).task().hasCandidateGroup("ohchr");
        assertThat(instance).isWaitingAt("deliver-assistance");
    }

    @Test
    void eachAssistanceTypeGetsABranchLedByItsRoutedAgency() {
        AssistanceRequest request = requests.submit(PARAGUAY, aRequest()
                .instruments("ILO_C97", "ICRMW")
                .assistanceTypes("ADMINISTRATIVE_GUIDANCE", "DATA_AND_RESEARCH").build());
        ProcessInstance instance = instanceOf(request);

        complete(COORDINATOR, request, "screen-request", Map.of("screeningOutcome", "COMPLETE"));

        List<ProcessInstance> branches = branchesOf(instance);
        assertThat(branches).hasSize(2);
        Set<String> leadGroups = Set.of(
                candidateGroupOf(branches.get(0)), candidateGroupOf(branches.get(1)));
        // ICRMW leads: IOM for administrative guidance, UNESCO for data and research
        assertThat(leadGroups).containsExactlyInAnyOrder("iom", "unesco");
        assertThat(requests.routingOf(request.reference())).extracting(Routing::assistanceType)
                .containsExactly(AssistanceType.ADMINISTRATIVE_GUIDANCE, AssistanceType.DATA_AND_RESEARCH);
    }

    @Test
    void whoPreparedTheDeliverableCannotApproveIt() {
        CurrentUser officerAndManager = userInGroups("ohchr.manager", "ohchr", "managers");
        AssistanceRequest request = requests.submit(PARAGUAY, aRequest().build());
        ProcessInstance instance = instanceOf(request);
        complete(COORDINATOR, request, "screen-request", Map.of("screeningOutcome", "COMPLETE"));
        ProcessInstance branch = branchesOf(instance).get(0);
        complete(officerAndManager, request, "prepare-deliverable", Map.of("deliverableSummary", "Done"));
        Task approval = taskOf(branch, "approve-deliverable");

        assertThatThrownBy(() -> inbox.claim(officerAndManager, approval.getId()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> inbox.complete(officerAndManager, approval.getId(),
                Map.of("approvalDecision", "APPROVE"))).isInstanceOf(ForbiddenException.class);
        assertThat(branch).isWaitingAt("approve-deliverable");
        assertThat(taskService.createTaskQuery().taskId(approval.getId()).singleResult().getAssignee()).isNull();

        complete(MANAGER, request, "approve-deliverable", Map.of("approvalDecision", "APPROVE"));
        assertThat(branch).isEnded();
    }

    private ProcessInstance instanceOf(AssistanceRequest request) {
        return runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(AssistanceRequestVariables.PROCESS_KEY)
                .processInstanceBusinessKey(request.reference()).singleResult();
    }

    private List<ProcessInstance> branchesOf(ProcessInstance instance) {
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).list();
    }

    private RequestStatus statusOf(AssistanceRequest request) {
        return requests.get(COORDINATOR, request.reference()).status();
    }

    private String candidateGroupOf(ProcessInstance branch) {
        Task task = taskOf(branch, "prepare-deliverable");
        return taskService.getIdentityLinksForTask(task.getId()).get(0).getGroupId();
    }

    private Task taskOf(ProcessInstance instance, String key) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }

    /** Completes the user's one open task of that kind, through the same service the API uses. */
    private void complete(CurrentUser user, AssistanceRequest request, String taskKey, Map<String, Object> values) {
        List<String> ids = inbox.openTasks(user).stream()
                .filter(t -> t.taskDefinitionKey().equals(taskKey))
                .filter(t -> t.requestReference().equals(request.reference()))
                .map(t -> t.id()).toList();
        assertThat(ids).as("open %s tasks of %s", taskKey, user.id()).hasSize(1);
        inbox.complete(user, ids.get(0), values);
    }

    private CurrentUser userInGroups(String id, String... groups) {
        TestUsers.ensure(identityService, id, groups);
        return new CurrentUser(id, Set.of(groups));
    }
}
