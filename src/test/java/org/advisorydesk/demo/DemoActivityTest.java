package org.advisorydesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.advisorydesk.DeskTest;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.request.RequestStatus;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small run of the demo activity for States no other test uses: requests over two years, closed and
 * ended otherwise, open work at the end with tasks claimed and free, staff work done late or still
 * overdue, governments' steps, managers' approvals, no timer left due, the engine's clock back to real
 * time. The run is
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
    @Autowired RuntimeService runtimeService;

    @Test
    void twoYearsOfActivityEndInEveryWayAndLeaveOpenWorkWithNoTimerDue() {
        Instant end = Instant.now();
        ActivityReport report = simulation.run(new ActivityPlan(STATES, 30, end, Duration.ofDays(730), 7L));

        assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), Instant.now()).abs())
                .as("engine clock back to real time").isLessThan(Duration.ofMinutes(1));
        assertThat(report.failures()).isEmpty();
        Collection<AssistanceRequest> made = requests.byReference(report.references()).values();
        assertThat(made).hasSize(30).allSatisfy(r -> assertThat(STATES).contains(r.requestingState()));
        assertThat(made.stream().map(AssistanceRequest::status).collect(Collectors.toSet()))
                .contains(RequestStatus.CLOSED)
                .containsAnyOf(RequestStatus.REJECTED, RequestStatus.WITHDRAWN, RequestStatus.LAPSED)
                .containsAnyOf(RequestStatus.IN_SCREENING, RequestStatus.IN_PROGRESS, RequestStatus.AWAITING_GOVERNMENT,
                        RequestStatus.DELIVERED, RequestStatus.AWAITING_CLARIFICATION);
        assertThat(made.stream().map(AssistanceRequest::submittedAt).min(Instant::compareTo).orElseThrow())
                .isBefore(end.minus(Duration.ofDays(540)));
        assertThat(made.stream().map(AssistanceRequest::submittedAt).max(Instant::compareTo).orElseThrow())
                .isAfter(end.minus(Duration.ofDays(60)));

        String[] references = report.references().toArray(String[]::new);
        List<Task> open = taskService.createTaskQuery().processInstanceBusinessKeyIn(references).active().list();
        long openOverdue = open.stream().filter(t -> t.getDueDate() != null && t.getDueDate().before(Date.from(end))).count();
        long doneLate = historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKeyIn(references)
                .finished().list().stream()
                .filter(t -> t.getDueDate() != null && t.getEndTime().after(t.getDueDate())).count();
        assertThat(openOverdue + doneLate).as("staff tasks past their due date").isPositive();
        assertThat(open).filteredOn(t -> t.getAssignee() != null).as("claimed tasks").isNotEmpty();
        assertThat(open).filteredOn(t -> t.getAssignee() == null).as("free tasks").isNotEmpty();
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKeyIn(references)
                .taskAssigneeLike("gov.%").finished().count()).as("tasks done by governments").isPositive();
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKeyIn(references)
                // completed ones: an approval open when its request was withdrawn ends deleted, by nobody
                .taskDefinitionKey("approve-deliverable").finished().taskDeleteReason("completed").list())
                .as("four eyes: approvals by managers").isNotEmpty()
                .allSatisfy(t -> assertThat(t.getAssignee()).startsWith("manager"));
        // the demo's own requests (others' tests leave timers of their own, such as 2003's entry into force)
        Set<String> instances = runtimeService.createProcessInstanceQuery().list().stream()
                .filter(p -> report.references().contains(p.getBusinessKey())).map(p -> p.getProcessInstanceId())
                .collect(Collectors.toSet());
        assertThat(managementService.createJobQuery().timers().duedateLowerThan(Date.from(end)).list())
                .filteredOn(job -> instances.contains(job.getProcessInstanceId()))
                .as("timers due").isEmpty();
    }
}
