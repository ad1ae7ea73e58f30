package org.advisorydesk.request;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.advisorydesk.request.RequestScenario.ILO;
import static org.advisorydesk.request.RequestScenario.IOM;
import static org.advisorydesk.request.RequestScenario.MANAGER;
import static org.advisorydesk.request.RequestScenario.OHCHR;
import static org.advisorydesk.request.RequestScenario.PARAGUAY;
import static org.advisorydesk.request.RequestScenario.UNESCO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.advisorydesk.DeskTest;
import org.advisorydesk.TestUsers;
import org.advisorydesk.flow.assistance.AssistanceProcesses;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.web.ForbiddenException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The branch processes, one per assistance type: lead and contributors, approval, drafting rounds. */
@DeskTest
class BranchProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RequestScenario scenario;
    @Autowired IdentityService identityService;

    @BeforeEach
    void useEngine() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void legislativeReviewGathersTheFindingsOfEveryContributingAgency() {
        AssistanceRequest request = routed(aRequest().assistanceTypes("LEGISLATIVE_REVIEW"));
        ProcessInstance branch = scenario.branchOf(request, AssistanceType.LEGISLATIVE_REVIEW);
        // ICRMW legislative review: OHCHR leads, ILO and IOM contribute, in parallel
        assertThat(branch).isWaitingAt("prepare-gap-analysis", "add-findings");

        scenario.complete(ILO, request, "add-findings", Map.of("contributionSummary", "Arts. 25-27 on labour"));
        scenario.complete(OHCHR, request, "prepare-gap-analysis", Map.of("gapAnalysisSummary", "Parts I-IV assessed"));
        assertThat(branch).isWaitingAt("add-findings").hasNotPassed("consolidate-review");
        scenario.complete(IOM, request, "add-findings", Map.of("contributionSummary", "Art. 65 services"));

        assertThat(branch).isWaitingAt("consolidate-review");
        scenario.complete(OHCHR, request, "consolidate-review", Map.of("reviewReport", "Twelve gaps"));
        scenario.complete(MANAGER, request, "approve-deliverable",
                Map.of("approvalDecision", "REJECT", "approvalComment", "Cover Part VI"));
        assertThat(branch).isWaitingAt("consolidate-review");
        scenario.complete(OHCHR, request, "consolidate-review", Map.of("reviewReport", "Thirteen gaps"));
        scenario.complete(MANAGER, request, "approve-deliverable", Map.of("approvalDecision", "APPROVE"));

        assertThat(branch).isEnded().hasPassed("deliverable-approved");
        assertThat(scenario.instanceOf(request)).isWaitingAt("review-deliverables");
    }

    @Test
    void draftLegislationIsReviewedInRoundsUntilTheGovernmentAccepts() {
        AssistanceRequest request = routed(aRequest().assistanceTypes("DRAFT_LEGISLATION_REVIEW"));
        ProcessInstance branch = scenario.branchOf(request, AssistanceType.DRAFT_LEGISLATION_REVIEW);
        assertThat(branch).variables().containsEntry(AssistanceRequestVariables.DRAFT_ROUND.name(), 1L);

        commentOnDraft(request);
        assertThat(branch).isWaitingAt("respond-to-comments");
        assertThat(branch).task().hasCandidateGroup("gov-pry");
        assertThat(scenario.statusOf(request)).isEqualTo(RequestStatus.AWAITING_GOVERNMENT);
        scenario.complete(PARAGUAY, request, "respond-to-comments", Map.of("responseDecision", "REVISE"));

        assertThat(branch).isWaitingAt("comment-on-draft", "add-comments");
        assertThat(branch).variables().containsEntry(AssistanceRequestVariables.DRAFT_ROUND.name(), 2L);
        assertThat(scenario.statusOf(request)).isEqualTo(RequestStatus.IN_PROGRESS);
        commentOnDraft(request);
        scenario.complete(PARAGUAY, request, "respond-to-comments", Map.of("responseDecision", "ACCEPT"));

        assertThat(branch).isEnded().hasPassed("draft-accepted");
        assertThat(scenario.instanceOf(request)).isWaitingAt("review-deliverables");
    }

    @Test
    void draftReviewStopsWhenTheRoundsAreUsedUp() {
        AssistanceRequest request = routed(aRequest().assistanceTypes("DRAFT_LEGISLATION_REVIEW"));
        ProcessInstance branch = scenario.branchOf(request, AssistanceType.DRAFT_LEGISLATION_REVIEW);

        scenario.complete(OHCHR, request, "comment-on-draft", Map.of("draftComments", "Art. 22 missing"));
        scenario.complete(ILO, request, "add-comments", Map.of("contributionSummary", "Labour inspection"));
        scenario.complete(IOM, request, "add-comments", Map.of("contributionSummary", "Return"));
        scenario.complete(OHCHR, request, "consolidate-comments", Map.of("consolidatedComments", "Too short"));
        scenario.complete(MANAGER, request, "approve-deliverable", Map.of("approvalDecision", "REJECT", "approvalComment", "Expand"));
        assertThat(branch).isWaitingAt("consolidate-comments");
        scenario.complete(OHCHR, request, "consolidate-comments", Map.of("consolidatedComments", "All comments"));
        scenario.complete(MANAGER, request, "approve-deliverable", Map.of("approvalDecision", "APPROVE"));
        scenario.complete(PARAGUAY, request, "respond-to-comments", Map.of("responseDecision", "REVISE"));

        for (int round = 2; round <= 3; round++) {
            commentOnDraft(request);
            scenario.complete(PARAGUAY, request, "respond-to-comments", Map.of("responseDecision", "REVISE"));
        }

        assertThat(branch).isEnded().hasPassed("rounds-exhausted").hasNotPassed("draft-accepted");
    }

    static Stream<Arguments> plannedAssistance() {
        // ICRMW routing: lead, then one contributor of each type (domain README)
        return Stream.of(
                Arguments.of("ADMINISTRATIVE_GUIDANCE", IOM, Set.of(ILO, OHCHR)),
                Arguments.of("CAPACITY_BUILDING", OHCHR, Set.of(IOM, UNESCO)),
                Arguments.of("REPORTING_SUPPORT", OHCHR, Set.of(ILO)),
                Arguments.of("DATA_AND_RESEARCH", UNESCO, Set.of(ILO, IOM)));
    }

    @ParameterizedTest
    @MethodSource("plannedAssistance")
    void plannedAssistanceIsPlannedContributedRecordedAndApproved(String type, CurrentUser lead, Set<CurrentUser> contributors) {
        AssistanceRequest request = routed(aRequest().assistanceTypes(type));
        AssistanceType assistanceType = AssistanceType.valueOf(type);
        ProcessInstance branch = scenario.branchOf(request, assistanceType);
        assertThat(branch.getProcessDefinitionId()).startsWith(AssistanceProcesses.keyOf(assistanceType) + ":");

        scenario.complete(lead, request, "plan-assistance", Map.of("assistancePlan", "Workshop in Asunción"));
        for (CurrentUser contributor : contributors) {
            scenario.complete(contributor, request, "contribute", Map.of("contributionSummary", "Our part"));
        }
        scenario.complete(lead, request, "record-outcome", Map.of("deliveredOn", "2026-12-10", "outcomeSummary", "Trained"));
        scenario.complete(MANAGER, request, "approve-deliverable",
                Map.of("approvalDecision", "REJECT", "approvalComment", "How many officials?"));
        assertThat(branch).isWaitingAt("record-outcome");
        scenario.complete(lead, request, "record-outcome", Map.of("deliveredOn", "2026-12-10", "outcomeSummary", "40 officials trained"));
        scenario.complete(MANAGER, request, "approve-deliverable", Map.of("approvalDecision", "APPROVE"));

        assertThat(branch).isEnded().hasPassed("plan-assistance", "contribute", "record-outcome", "deliverable-approved");
    }

    @Test
    void aContributorCannotApproveTheDeliverableEither() {
        CurrentUser iloChief = new CurrentUser("ilo.chief", Set.of("ilo", "managers"));
        TestUsers.ensure(identityService, iloChief.id(), "ilo", "managers");
        // ICRMW reporting support: OHCHR leads, ILO contributes
        AssistanceRequest request = routed(aRequest().assistanceTypes("REPORTING_SUPPORT"));
        scenario.complete(OHCHR, request, "plan-assistance", Map.of("assistancePlan", "Plan"));
        scenario.complete(iloChief, request, "contribute", Map.of("contributionSummary", "ILO part"));
        scenario.complete(OHCHR, request, "record-outcome", Map.of("deliveredOn", "2026-12-10", "outcomeSummary", "Done"));
        String approval = scenario.task(MANAGER, request, "approve-deliverable", null).id();

        assertThatThrownBy(() -> scenario.inbox.claim(iloChief, approval)).isInstanceOf(ForbiddenException.class);

        scenario.complete(MANAGER, request, "approve-deliverable", Map.of("approvalDecision", "APPROVE"));
        assertThat(scenario.tasks(MANAGER, request, "approve-deliverable", null)).isEmpty();
    }

    private AssistanceRequest routed(NewRequestBuilder body) {
        AssistanceRequest request = scenario.submit(body);
        scenario.screenAsComplete(request);
        scenario.confirmRouting(request);
        return request;
    }

    private void commentOnDraft(AssistanceRequest request) {
        scenario.complete(OHCHR, request, "comment-on-draft", Map.of("draftComments", "Art. 22 missing"));
        scenario.complete(ILO, request, "add-comments", Map.of("contributionSummary", "Labour inspection"));
        scenario.complete(IOM, request, "add-comments", Map.of("contributionSummary", "Return"));
        scenario.complete(OHCHR, request, "consolidate-comments", Map.of("consolidatedComments", "All comments"));
        scenario.complete(MANAGER, request, "approve-deliverable", Map.of("approvalDecision", "APPROVE"));
    }
}
