package org.advisorydesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.advisorydesk.DeskTest;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.request.RequestStatus;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small run of the demo activity for States no other test uses: requests over two years that end in
 * every way a request ends, and open work at the end with tasks waiting for staff (some overdue, some
 * claimed) and for governments, no timer left due, the engine's clock back to real time. The run is
 * one transaction rolled back after the test: the context's other tests never see its requests.
 */
@DeskTest
@Transactional
class DemoActivityTest {

    static final List<String> STATES = List.of("FJI", "MNG", "KGZ", "ARM");

    @Autowired DeskSimulation simulation;
    @Autowired RequestService requests;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;

    @Test
    void twoYearsOfActivityEndInEveryWayAndLeaveOpenWorkWithNoTimerDue() {
        Instant end = Instant.now();
        ActivityReport report = simulation.run(new ActivityPlan(STATES, 60, end, Duration.ofDays(730), 7L));

        assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), Instant.now()).abs())
                .as("engine clock back to real time").isLessThan(Duration.ofMinutes(1));
        assertThat(report.failures()).isEmpty();
        Collection<AssistanceRequest> made = requests.byReference(report.references()).values();
        assertThat(made).hasSize(60).allSatisfy(r -> assertThat(STATES).contains(r.requestingState()));
        assertThat(made.stream().map(AssistanceRequest::status).collect(Collectors.toSet()))
                .contains(RequestStatus.CLOSED, RequestStatus.REJECTED, RequestStatus.WITHDRAWN, RequestStatus.LAPSED)
                .containsAnyOf(RequestStatus.IN_SCREENING, RequestStatus.IN_PROGRESS, RequestStatus.AWAITING_GOVERNMENT,
                        RequestStatus.DELIVERED, RequestStatus.AWAITING_CLARIFICATION);
        assertThat(made.stream().map(AssistanceRequest::submittedAt).min(Instant::compareTo).orElseThrow())
                .isBefore(end.minus(Duration.ofDays(540)));
        assertThat(made.stream().map(AssistanceRequest::submittedAt).max(Instant::compareTo).orElseThrow())
                .isAfter(end.minus(Duration.ofDays(60)));

        String[] references = report.references().toArray(String[]::new);
        List<Task> open = taskService.createTaskQuery().processInstanceBusinessKeyIn(references).active().list();
        assertThat(open).filteredOn(t -> t.getDueDate() != null && t.getDueDate().toInstant().isBefore(end))
                .as("overdue staff tasks").isNotEmpty();
        assertThat(open).filteredOn(t -> t.getAssignee() != null).as("claimed tasks").isNotEmpty();
        assertThat(open).filteredOn(t -> t.getAssignee() == null).as("free tasks").isNotEmpty();
        Set<String> governmentGroups = STATES.stream().map(s -> "gov-" + s.toLowerCase()).collect(Collectors.toSet());
        assertThat(taskService.createTaskQuery().processInstanceBusinessKeyIn(references)
                .taskCandidateGroupIn(List.copyOf(governmentGroups)).count()).as("government tasks").isPositive();
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKeyIn(references)
                .taskDefinitionKey("approve-deliverable").finished().list())
                .as("four eyes: approvals by managers").isNotEmpty()
                .allSatisfy(t -> assertThat(t.getAssignee()).startsWith("manager"));
        assertThat(managementService.createJobQuery().timers().duedateLowerThan(java.util.Date.from(end)).list())
                .as("timers due").isEmpty();
    }
}
