package org.advisorydesk.request;

import org.advisorydesk.record.EntryKind;
import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.advisorydesk.request.RequestScenario.COORDINATOR;
import static org.advisorydesk.request.RequestScenario.ILO;
import static org.advisorydesk.request.RequestScenario.MANAGER;
import static org.advisorydesk.request.RequestScenario.PARAGUAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.advisorydesk.DeskTest;
import org.advisorydesk.web.ConflictException;
import org.advisorydesk.web.InvalidInputException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The {@code assistance-request} process, path by path and timer by timer, on the real engine. */
@DeskTest
class AssistanceRequestProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RequestScenario scenario;
    @Autowired RequestService requests;
    @Autowired TaskService taskService;

    @BeforeEach
    void useEngine() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void completeRequestIsScreenedRoutedDeliveredApprovedAndAccepted() {
        // ILO C97 reporting support: ILO leads alone
        AssistanceRequest request = scenario.submit(aRequest().instruments("ILO_C97").assistanceTypes("REPORTING_SUPPORT"));
        ProcessInstance instance = scenario.instanceOf(request);
        assertThat(instance).isWaitingAt("screen-request");
        assertThat(scenario.statusOf(request)).isEqualTo(RequestStatus.IN_SCREENING);

        scenario.screenAsComplete(request);
        assertThat(instance).isWaitingAt("confirm-routing");
        assertThat(scenario.statusOf(request)).isEqualTo(RequestStatus.ROUTING);
        scenario.confirmRouting(request);
        assertThat(instance).isWaitingAt("provide-assistance");
        assertThat(scenario.statusOf(request)).isEqualTo(RequestStatus.IN_PROGRESS);
        ProcessInstance branch = scenario.branchOf(request, AssistanceType.REPORTING_SUPPORT);
        assertThat(branch).isWaitingAt("plan-assistance");
        assertThat(branch).task().hasCandidateGroup("ilo");

        scenario.complete(ILO, request, "plan-assistance", Map.of("assistancePlan", "Two workshops on the report"));
        scenario.complete(ILO, request, "record-outcome", Map.of("deliveredOn", "2026-12-01", "outcomeSummary", "Draft report"));
        scenario.complete(MANAGER, request, "approve-deliverable", Map.of("approvalDecision", "APPROVE"));
        assertThat(branch).isEnded().hasPassed("deliverable-approved");
        assertThat(instance).isWaitingAt("review-deliverables");
        assertThat(instance).task().hasCandidateGroup("gov-pry");
        assertThat(scenario.statusOf(request)).isEqualTo(RequestStatus.DELIVERED);

        scenario.complete(PARAGUAY, request, "review-deliverables", Map.of("reviewOutcome", "ACCEPT"));
        assertThat(instance).isEnded().hasPassed("request-closed");
        assertThat(scenario.statusOf(request)).isEqualTo(RequestStatus.CLOSED);
    }

    @Test
    void requestNeedingClarificationGoesBackToScreeningWithTheAnswer() {
        AssistanceRequest request = scenario.submit(aRequest());
        ProcessInstance instance = scenario.instanceOf(request);

        scenario.complete(COORDINATOR, request, "screen-request",
                Map.of("screeningOutcome", "NEEDS_CLARIFICATION", "clarificationQuestion", "Which draft law?"));
        assertThat(instance).isWaitingAt("provide-clarification");
        assertThat(instance).task().hasCandidateGroup("gov-pry");
        assertThat(scenario.statusOf(request)).isEqualTo(RequestStatus.AWAITING_CLARIFICATION);

        scenario.complete(PARAGUAY, request, "provide-clarification", Map.of("clarificationAnswer", "Bill 1234/2026"));
        assertThat(instance).isWaitingAt("screen-request");
        assertThat(scenario.history(request)).filteredOn(e -> e.kind() == EntryKind.STEP_COMPLETED)
                .last().satisfies(step -> {
                    assertThat(step.values()).containsExactly(Map.entry("clarificationAnswer", "Bill 1234/2026"));
                    assertThat(step.readableByGovernment()).isTrue();
                });
        assertThat(instance).variables().doesNotContainKey("clarificationAnswer");
        assertThat(scenario.statusOf(request)).isEqualTo(RequestStatus.IN_SCREENING);
    }

    @Test
    void governmentIsRemindedOnceWhenTheClarificationIsLate() {
        AssistanceRequest request = scenario.submit(aRequest());
        ProcessInstance instance = scenario.instanceOf(request);
        scenario.complete(COORDINATOR, request, "screen-request",
                Map.of("screeningOutcome", "NEEDS_CLARIFICATION", "clarificationQuestion", "Which draft law?"));

        scenario.timePasses(request, Duration.ofDays(13));
        assertThat(instance).hasNotPassed("send-clarification-reminder");

        scenario.timePasses(request, Duration.ofDays(1).plusMinutes(1));
        assertThat(instance).hasPassed("send-clarification-reminder", "reminder-sent");
        assertThat(instance).isWaitingAt("provide-clarification");
        assertThat(scenario.statusOf(request)).isEqualTo(RequestStatus.AWAITING_CLARIFICATION);
    }

    @Test
    void requestLapsesWhenTheClarificationNeverComes() {
        AssistanceRequest request = scenario.submit(aRequest());
        ProcessInstance instance = scenario.instanceOf(request);
        scenario.complete(COORDINATOR, request, "screen-request",
                Map.of("screeningOutcome", "NEEDS_CLARIFICATION", "clarificationQuestion", "Which draft law?"));

        scenario.timePasses(request, Duration.ofDays(14).plusMinutes(1));
        scenario.timePasses(request, Duration.ofDays(46));

        assertThat(instance).isEnded().hasPassed("request-lapsed");
        assertThat(scenario.statusOf(request)).isEqualTo(RequestStatus.LAPSED);
    }

    @Test
    void requestOutOfScopeIsClosedAsRejectedWithTheReason() {
        AssistanceRequest request = scenario.submit(aRequest());
        ProcessInstance instance = scenario.instanceOf(request);

        scenario.complete(COORDINATOR, request, "screen-request",
                Map.of("screeningOutcome", "OUT_OF_SCOPE", "screeningNote", "Concerns refugee status only"));

        assertThat(instance).isEnded().hasPassed("request-rejected").hasNotPassed("determine-routing");
        assertThat(scenario.statusOf(request)).isEqualTo(RequestStatus.REJECTED);
        assertThat(scenario.history(request)).filteredOn(e -> e.kind() == EntryKind.CLOSURE_REASON)
                .singleElement().satisfies(e -> {
                    assertThat(e.text("text")).isEqualTo("Concerns refugee status only");
                    assertThat(e.readableByGovernment()).isTrue();
                });
    }

    @Test
    void coordinatorOverridesTheRoutingWithAReasonKeptInTheHistory() {
        AssistanceRequest request = scenario.submit(aRequest());
        ProcessInstance instance = scenario.instanceOf(request);
        scenario.screenAsComplete(request);

        scenario.complete(COORDINATOR, request, "confirm-routing", Map.of("routingDecision", "OVERRIDE",
                "overrideAssistanceType", "LEGISLATIVE_REVIEW", "overrideLead", "ILO",
                "overrideContributors", List.of("IOM"), "overrideReason", "ILO already advises on this bill"));
        assertThat(instance).hasPassed("apply-routing-override").isWaitingAt("confirm-routing");
        scenario.confirmRouting(request);

        ProcessInstance branch = scenario.branchOf(request, AssistanceType.LEGISLATIVE_REVIEW);
        assertThat(branch).task("prepare-gap-analysis").hasCandidateGroup("ilo");
        assertThat(requests.routingOf(request.reference())).singleElement()
                .satisfies(r -> assertThat(r.contributors()).extracting(Enum::name).containsExactly("IOM"));
        assertThat(scenario.history(request)).filteredOn(e -> e.kind() == EntryKind.ROUTING_OVERRIDDEN)
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("coordinator");
                    assertThat(e.text("reason")).isEqualTo("ILO already advises on this bill");
                    assertThat(e.readableByGovernment()).isFalse();
                    assertThat(e.payload().get("before")).isEqualTo(Map.of("assistanceType", "LEGISLATIVE_REVIEW",
                            "lead", "OHCHR", "contributors", List.of("ILO", "IOM")));
                    assertThat(e.payload().get("after")).isEqualTo(Map.of("assistanceType", "LEGISLATIVE_REVIEW",
                            "lead", "ILO", "contributors", List.of("IOM")));
                });
    }

    @Test
    void overrideNamingTheLeadAmongTheContributorsIsRefusedAndTheTaskStaysOpen() {
        AssistanceRequest request = scenario.submit(aRequest());
        scenario.screenAsComplete(request);

        assertThatThrownBy(() -> scenario.complete(COORDINATOR, request, "confirm-routing", Map.of(
                "routingDecision", "OVERRIDE", "overrideAssistanceType", "LEGISLATIVE_REVIEW", "overrideLead", "ILO",
                "overrideContributors", List.of("ILO", "IOM"), "overrideReason", "test")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("overrideContributors");

        assertThat(scenario.instanceOf(request)).isWaitingAt("confirm-routing");
        assertThat(scenario.task(COORDINATOR, request, "confirm-routing", null).assignee()).isNull();
    }

    @Test
    void governmentQuestionGoesToTheLeadAgencyAndBack() {
        AssistanceRequest request = scenario.submit(aRequest().instruments("ILO_C97").assistanceTypes("REPORTING_SUPPORT"));
        deliver(request);
        ProcessInstance instance = scenario.instanceOf(request);

        scenario.complete(PARAGUAY, request, "review-deliverables",
                Map.of("reviewOutcome", "QUESTION", "reviewQuestion", "Does this cover seasonal workers?"));
        assertThat(instance).isWaitingAt("answer-question");
        assertThat(instance).task().hasCandidateGroup("ilo");
        assertThat(scenario.statusOf(request)).isEqualTo(RequestStatus.IN_PROGRESS);

        scenario.complete(ILO, request, "answer-question", Map.of("questionAnswer", "Yes, see section 3"));
        assertThat(instance).isWaitingAt("review-deliverables");
        scenario.complete(PARAGUAY, request, "review-deliverables",
                Map.of("reviewOutcome", "COMMENT", "reviewComment", "Thank you"));
        assertThat(instance).isEnded().hasPassed("request-closed");
    }

    @Test
    void governmentMayWithdrawDuringTheWorkAndAllOpenWorkEnds() {
        AssistanceRequest request = scenario.submit(aRequest());
        scenario.screenAsComplete(request);
        scenario.confirmRouting(request);
        ProcessInstance branch = scenario.branchOf(request, AssistanceType.LEGISLATIVE_REVIEW);
        ProcessInstance instance = scenario.instanceOf(request);

        requests.withdraw(PARAGUAY, request.reference(), "The bill was dropped");

        assertThat(instance).isEnded().hasPassed("request-withdrawn");
        assertThat(branch).isEnded();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(request.reference()).count()).isZero();
        assertThat(scenario.statusOf(request)).isEqualTo(RequestStatus.WITHDRAWN);
    }

    @Test
    void withdrawalAfterClosureIsAConflict() {
        AssistanceRequest request = scenario.submit(aRequest());
        scenario.complete(COORDINATOR, request, "screen-request",
                Map.of("screeningOutcome", "OUT_OF_SCOPE", "screeningNote", "Not ours"));

        assertThatThrownBy(() -> requests.withdraw(PARAGUAY, request.reference(), null)).isInstanceOf(ConflictException.class);
    }

    @Test
    void staffTasksGetADueDateFromConfigurationAndGovernmentTasksDoNot() {
        AssistanceRequest request = scenario.submit(aRequest());
        var screening = scenario.task(COORDINATOR, request, "screen-request", null);
        assertThat(Duration.between(screening.created(), screening.due()).minus(Duration.ofDays(14)).abs())
                .isLessThan(Duration.ofSeconds(1));

        scenario.complete(COORDINATOR, request, "screen-request",
                Map.of("screeningOutcome", "NEEDS_CLARIFICATION", "clarificationQuestion", "Which law?"));
        assertThat(scenario.task(PARAGUAY, request, "provide-clarification", null).due()).isNull();
    }

    private void deliver(AssistanceRequest request) {
        scenario.screenAsComplete(request);
        scenario.confirmRouting(request);
        scenario.complete(ILO, request, "plan-assistance", Map.of("assistancePlan", "Plan"));
        scenario.complete(ILO, request, "record-outcome", Map.of("deliveredOn", "2026-12-01", "outcomeSummary", "Done"));
        scenario.complete(MANAGER, request, "approve-deliverable", Map.of("approvalDecision", "APPROVE"));
    }

}
