package org.advisorydesk.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.NewRequestBuilder;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.task.TaskInbox;
import org.advisorydesk.task.WorkTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * A scripted month of one State's requests whose figures are known, made by the real engine with its
 * clock moved (March 2031, Nepal, which no other test uses):
 * <ul>
 * <li>A (reporting support on ILO C97, ILO alone) screened in 2 days (claimed after 1), routed on day 3,
 * planned by ILO on days 4–6, its outcome recorded on day 8, rejected by the managers on day 9, recorded
 * again on day 10, approved and delivered on day 11, accepted by the government on day 15: closed,
 * cycle 11 days, 11 days with the agencies and 4 with the government.</li>
 * <li>B, submitted on day 1, found out of scope on day 17 (late: 16 days against 14): rejected.</li>
 * <li>C, submitted on day 5, sent back for clarification on day 6: waiting for the government.</li>
 * <li>D, submitted on day 2, never screened: its screening is overdue from day 16.</li>
 * </ul>
 * The figures are read on day 20.
 */
@Component
class DashboardScript {

    static final String STATE = "NPL";
    static final Instant DAY_0 = Instant.parse("2031-03-02T00:00:00Z");
    static final Instant READ_ON = day(20);
    static final String PERIOD = "state=NPL&from=2031-03-01&to=2031-03-31";

    static final CurrentUser NEPAL = new CurrentUser("gov.nepal", Set.of("gov-npl"));
    static final CurrentUser COORDINATOR = new CurrentUser("coordinator", Set.of("coordinators"));
    static final CurrentUser ILO = new CurrentUser("ilo.officer", Set.of("ilo"));
    static final CurrentUser MANAGER = new CurrentUser("manager", Set.of("managers"));

    private final RequestService requests;
    private final TaskInbox inbox;

    DashboardScript(RequestService requests, TaskInbox inbox) {
        this.requests = requests;
        this.inbox = inbox;
    }

    record Made(AssistanceRequest a, AssistanceRequest b, AssistanceRequest c, AssistanceRequest d) {
    }

    private Made made;

    /**
     * Makes the month once for every test of the run (they share one database); leaves the engine's
     * clock on the reading day (the caller resets it).
     */
    synchronized Made run() {
        if (made == null) {
            made = make();
        }
        ClockUtil.setCurrentTime(Date.from(READ_ON));
        return made;
    }

    private Made make() {
        at(0);
        AssistanceRequest a = submit();
        at(1);
        AssistanceRequest b = submit();
        inbox.claim(COORDINATOR, task(COORDINATOR, a, "screen-request").id());
        at(2);
        AssistanceRequest d = submit();
        complete(COORDINATOR, a, "screen-request", Map.of("screeningOutcome", "COMPLETE"));
        at(3);
        complete(COORDINATOR, a, "confirm-routing", Map.of("routingDecision", "CONFIRM"));
        at(4);
        inbox.claim(ILO, task(ILO, a, "plan-assistance").id());
        at(5);
        AssistanceRequest c = submit();
        at(6);
        complete(ILO, a, "plan-assistance", Map.of("assistancePlan", "Two workshops"));
        complete(COORDINATOR, c, "screen-request", Map.of("screeningOutcome", "NEEDS_CLARIFICATION",
                "clarificationQuestion", "Which ministry leads?"));
        at(8);
        complete(ILO, a, "record-outcome", Map.of("deliveredOn", "2031-03-09", "outcomeSummary", "Draft report"));
        at(9);
        complete(MANAGER, a, "approve-deliverable", Map.of("approvalDecision", "REJECT", "approvalComment", "Expand"));
        at(10);
        complete(ILO, a, "record-outcome", Map.of("deliveredOn", "2031-03-11", "outcomeSummary", "Full report"));
        at(11);
        complete(MANAGER, a, "approve-deliverable", Map.of("approvalDecision", "APPROVE"));
        at(15);
        complete(NEPAL, a, "review-deliverables", Map.of("reviewOutcome", "ACCEPT"));
        at(17);
        complete(COORDINATOR, b, "screen-request", Map.of("screeningOutcome", "OUT_OF_SCOPE",
                "screeningNote", "Not about migrant workers"));
        at(20);
        return new Made(a, b, c, d);
    }

    private AssistanceRequest submit() {
        return requests.submit(COORDINATOR, NewRequestBuilder.aRequest().forState(STATE).instruments("ILO_C97")
                .assistanceTypes("REPORTING_SUPPORT").build());
    }

    private void complete(CurrentUser user, AssistanceRequest request, String taskKey, Map<String, Object> values) {
        inbox.complete(user, task(user, request, taskKey).id(), values);
    }

    private WorkTask task(CurrentUser user, AssistanceRequest request, String taskKey) {
        List<WorkTask> tasks = inbox.openTasks(user, request.reference()).stream()
                .filter(t -> t.taskDefinitionKey().equals(taskKey)).toList();
        if (tasks.size() != 1) {
            throw new IllegalStateException(tasks.size() + " open " + taskKey + " tasks on " + request.reference());
        }
        return tasks.get(0);
    }

    static Instant day(int n) {
        return DAY_0.plus(Duration.ofDays(n));
    }

    private static void at(int n) {
        ClockUtil.setCurrentTime(Date.from(day(n)));
    }
}
