package org.advisorydesk.request;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.advisorydesk.request.RequestScenario.COORDINATOR;
import static org.advisorydesk.request.RequestScenario.ILO;
import static org.advisorydesk.request.RequestScenario.MANAGER;
import static org.advisorydesk.request.RequestScenario.PARAGUAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.advisorydesk.DeskTest;
import org.advisorydesk.record.CaseEntry;
import org.advisorydesk.record.EntryKind;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A step records exactly what was submitted in it: a later round of the same task never inherits an
 * earlier round's values, in the record or in Camunda's history.
 */
@DeskTest
class StepValuesTest {

    @Autowired RequestScenario scenario;
    @Autowired HistoryService historyService;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;

    @Test
    void secondScreeningIsRecordedWithoutTheFirstRoundsClarificationQuestion() {
        AssistanceRequest request = scenario.submit(aRequest());
        scenario.complete(COORDINATOR, request, "screen-request",
                Map.of("screeningOutcome", "NEEDS_CLARIFICATION", "clarificationQuestion", "Which draft law?"));
        scenario.complete(PARAGUAY, request, "provide-clarification", Map.of("clarificationAnswer", "Bill 12/2026"));
        scenario.complete(COORDINATOR, request, "screen-request", Map.of("screeningOutcome", "COMPLETE"));

        List<CaseEntry> screenings = steps(request, "screen-request");
        assertThat(screenings).hasSize(2);
        assertThat(screenings.get(0).values()).containsOnly(Map.entry("screeningOutcome", "NEEDS_CLARIFICATION"),
                Map.entry("clarificationQuestion", "Which draft law?"));
        assertThat(screenings.get(1).values()).containsOnly(Map.entry("screeningOutcome", "COMPLETE"));
        // Camunda's history: the question belongs to the first screening's task only
        List<HistoricVariableInstance> questions = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(scenario.instanceOf(request).getId()).variableName("clarificationQuestion").list();
        assertThat(questions).filteredOn(v -> v.getValue() != null).singleElement()
                .satisfies(v -> assertThat(v.getTaskId()).isNotNull());
    }

    @Test
    void aStepCompletedThroughTheEnginesOwnApiIsRecordedTheSameWay() {
        // Tasklist and the engine's REST API put the values on the process, not on the task
        AssistanceRequest request = scenario.submit(aRequest());
        taskService.complete(scenario.task(COORDINATOR, request, "screen-request", null).id(),
                Map.of("screeningOutcome", "NEEDS_CLARIFICATION", "clarificationQuestion", "Which draft law?"));
        scenario.complete(PARAGUAY, request, "provide-clarification", Map.of("clarificationAnswer", "Bill 12/2026"));
        taskService.complete(scenario.task(COORDINATOR, request, "screen-request", null).id(),
                Map.of("screeningOutcome", "COMPLETE"));

        assertThat(steps(request, "screen-request")).extracting(CaseEntry::values).containsExactly(
                Map.of("screeningOutcome", "NEEDS_CLARIFICATION", "clarificationQuestion", "Which draft law?"),
                Map.of("screeningOutcome", "COMPLETE"));
        assertThat(scenario.instanceOf(request)).isNotNull();
        assertThat(runtimeService.getVariables(scenario.instanceOf(request).getId()))
                .doesNotContainKey("clarificationQuestion").containsEntry("screeningOutcome", "COMPLETE");
    }

    @Test
    void approvalAfterARejectionIsRecordedWithoutTheRejectionsComment() {
        AssistanceRequest request = scenario.plannedReportingSupport();
        scenario.complete(ILO, request, "record-outcome", Map.of("deliveredOn", "2026-12-01", "outcomeSummary", "Draft"));
        scenario.complete(MANAGER, request, "approve-deliverable",
                Map.of("approvalDecision", "REJECT", "approvalComment", "Add the budget"));
        scenario.complete(ILO, request, "record-outcome", Map.of("deliveredOn", "2026-12-02", "outcomeSummary", "With budget"));
        scenario.complete(MANAGER, request, "approve-deliverable", Map.of("approvalDecision", "APPROVE"));

        List<CaseEntry> approvals = steps(request, "approve-deliverable");
        assertThat(approvals).extracting(CaseEntry::values).containsExactly(
                Map.of("approvalDecision", "REJECT", "approvalComment", "Add the budget"),
                Map.of("approvalDecision", "APPROVE"));
    }

    @Test
    void acceptingWithCommentsDoesNotCarryTheEarlierQuestion() {
        AssistanceRequest request = scenario.plannedReportingSupport();
        scenario.complete(ILO, request, "record-outcome", Map.of("deliveredOn", "2026-12-01", "outcomeSummary", "Done"));
        scenario.complete(MANAGER, request, "approve-deliverable", Map.of("approvalDecision", "APPROVE"));
        scenario.complete(PARAGUAY, request, "review-deliverables",
                Map.of("reviewOutcome", "QUESTION", "reviewQuestion", "Does it cover seasonal workers?"));
        scenario.complete(ILO, request, "answer-question", Map.of("questionAnswer", "Yes, section 3"));
        scenario.complete(PARAGUAY, request, "review-deliverables",
                Map.of("reviewOutcome", "COMMENT", "reviewComment", "Thank you"));

        assertThat(steps(request, "review-deliverables")).extracting(CaseEntry::values).containsExactly(
                Map.of("reviewOutcome", "QUESTION", "reviewQuestion", "Does it cover seasonal workers?"),
                Map.of("reviewOutcome", "COMMENT", "reviewComment", "Thank you"));
    }

    @Test
    void reworkAfterARejectionStartsFromThePreviousText() {
        AssistanceRequest request = scenario.plannedReportingSupport();
        scenario.complete(ILO, request, "record-outcome", Map.of("deliveredOn", "2026-12-01", "outcomeSummary", "First draft"));
        scenario.complete(MANAGER, request, "approve-deliverable",
                Map.of("approvalDecision", "REJECT", "approvalComment", "Add the budget"));

        String rework = scenario.task(ILO, request, "record-outcome", AssistanceType.REPORTING_SUPPORT).id();
        assertThat(scenario.taskVariablesLocal(rework)).containsEntry("outcomeSummary", "First draft")
                .containsEntry("deliveredOn", "2026-12-01");

        // Tasklist sends the new text to the process: it is what the step records, not the kept one
        taskService.complete(rework, Map.of("deliveredOn", "2026-12-03", "outcomeSummary", "With the budget"));
        assertThat(steps(request, "record-outcome").get(1).values())
                .containsOnly(Map.entry("deliveredOn", "2026-12-03"), Map.entry("outcomeSummary", "With the budget"));
    }

    @Test
    void anOpenTaskCarriesNoVariablesOfItsOwnUntilItIsDone() {
        // the engine's task queries join the variables table: empty fields must not fill it
        AssistanceRequest request = scenario.submit(aRequest());

        assertThat(scenario.taskVariablesLocal(scenario.task(COORDINATOR, request, "screen-request", null).id())).isEmpty();
    }


    private List<CaseEntry> steps(AssistanceRequest request, String taskKey) {
        return scenario.history(request).stream()
                .filter(e -> e.kind() == EntryKind.STEP_COMPLETED && taskKey.equals(e.text("taskKey"))).toList();
    }
}
