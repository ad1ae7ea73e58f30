package org.advisorydesk.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.advisorydesk.identity.Agency;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.identity.Groups;
import org.advisorydesk.request.AssistanceRequestVariables;
import org.advisorydesk.request.Deadlines;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.request.Routing;
import org.advisorydesk.task.TaskInbox;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What the people of the desk do with a request's open tasks: who takes each, when they claim it and
 * complete it, and with which values, following the request's fate. Tasks are done through
 * {@link TaskInbox}, as the pages and the API do them.
 */
@Component
class DemoSteps {

    /** Staff claim most tasks a little while before they complete them; the rest they complete at once. */
    private static final double CLAIMED = 0.65;

    /** A planned claim or completion of one task. */
    record Step(Instant at, String kind, Runnable action, boolean reacts) {
    }

    /** The steps for newly open tasks; {@code timers} when one of them has timers (the clarification's). */
    record Next(List<Step> steps, boolean timers) {
    }

    /** The one task with boundary timers: its reminder and its lapse. */
    private static final String TIMED_TASK = "provide-clarification";

    private final TaskService taskService;
    private final TaskInbox inbox;
    private final RequestService requests;
    private final Deadlines deadlines;

    DemoSteps(TaskService taskService, TaskInbox inbox, RequestService requests, Deadlines deadlines) {
        this.taskService = taskService;
        this.inbox = inbox;
        this.requests = requests;
        this.deadlines = deadlines;
    }

    /** The steps for the request's tasks not yet planned; {@code null} when it has no open task left. */
    Next next(DeskSimulation.Run run, DemoCase demo) {
        List<Task> open = taskService.createTaskQuery().processInstanceBusinessKey(demo.reference).active().list();
        if (open.isEmpty()) {
            return null;
        }
        List<Step> steps = new ArrayList<>();
        // in an order of their own, not of their random ids: the same seed makes the same steps
        Map<String, List<String>> groups = new java.util.HashMap<>();
        List<Task> fresh = new ArrayList<>();
        for (Task task : open) {
            if (demo.planned.add(task.getId())) {
                fresh.add(task);
                groups.put(task.getId(), candidateGroups(task));
            }
        }
        // the definition id starts with the branch's process key
        fresh.sort(Comparator.comparing(Task::getTaskDefinitionKey).thenComparing(Task::getProcessDefinitionId)
                .thenComparing(t -> groups.get(t.getId()).toString()));
        fresh.forEach(task -> plan(run, demo, task, groups.get(task.getId()), steps));
        return new Next(steps, fresh.stream().anyMatch(t -> t.getTaskDefinitionKey().equals(TIMED_TASK)));
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).sorted().toList();
    }

    private void plan(DeskSimulation.Run run, DemoCase demo, Task task, List<String> groups, List<Step> steps) {
        String key = task.getTaskDefinitionKey();
        boolean government = groups.contains(Groups.government(demo.state()));
        if (key.equals(TIMED_TASK) && demo.fate.outcome() == DemoCase.Outcome.LAPSED) {
            return; // never answered: the request lapses when its timer fires
        }
        Optional<Agency> agency = groups.stream().map(Agency::ofGroup).flatMap(Optional::stream).findFirst();
        CurrentUser actor = government ? demo.government : staff(run, demo, groups, agency);
        Duration delay = run.work.delay(key, agency, !government);
        Instant done = DemoIntake.WorkingTime.next(run.now().plus(delay), run.work.random());
        // a claim shows only while the task is open: every task still open at the end may be claimed,
        // a few of those done before (completing takes a free task at once)
        boolean claimed = run.work.chance(CLAIMED) && (done.isAfter(run.plan.end()) || run.work.chance(0.25));
        if (!government && claimed) {
            Instant claim = DemoIntake.WorkingTime.next(
                    run.now().plus(Duration.ofMillis((long) (delay.toMillis() * run.work.fraction(0.05, 0.5)))),
                    run.work.random());
            steps.add(new Step(claim.isBefore(done) ? claim : done.minusSeconds(60), "claim",
                    () -> inbox.claim(actor, task.getId()), false));
        }
        steps.add(new Step(done, key, () -> complete(run, demo, task, actor), true));
    }

    private CurrentUser staff(DeskSimulation.Run run, DemoCase demo, List<String> groups, Optional<Agency> agency) {
        if (agency.isPresent()) {
            return demo.officers.computeIfAbsent(agency.get(), a -> run.work.weightedFirst(run.cast.officers().get(a)));
        }
        if (groups.contains(Groups.MANAGERS)) {
            return run.work.oneOf(run.cast.managers());
        }
        return run.coordinator;
    }

    private void complete(DeskSimulation.Run run, DemoCase demo, Task task, CurrentUser actor) {
        inbox.complete(actor, task.getId(), values(run, demo, task));
    }

    private Map<String, Object> values(DeskSimulation.Run run, DemoCase demo, Task task) {
        DemoWork work = run.work;
        Map<String, Object> values = new LinkedHashMap<>();
        switch (task.getTaskDefinitionKey()) {
            case "screen-request" -> {
                if (demo.fate.outcome() == DemoCase.Outcome.REJECTED) {
                    values.put("screeningOutcome", "OUT_OF_SCOPE");
                    values.put("screeningNote", work.screeningNote());
                } else if (demo.fate.clarification() && !demo.clarificationAsked) {
                    demo.clarificationAsked = true;
                    values.put("screeningOutcome", "NEEDS_CLARIFICATION");
                    values.put("clarificationQuestion", work.clarificationQuestion());
                } else {
                    values.put("screeningOutcome", "COMPLETE");
                }
            }
            case "confirm-routing" -> {
                if (demo.fate.override() && !demo.overridden) {
                    demo.overridden = true;
                    values.putAll(override(work, requests.routingOf(demo.reference)));
                } else {
                    values.put("routingDecision", "CONFIRM");
                }
            }
            case "approve-deliverable" -> {
                int decided = demo.approvals.merge(task.getProcessInstanceId(), 1, Integer::sum);
                if (work.chance(decided == 1 ? 0.22 : decided == 2 ? 0.08 : 0)) {
                    values.put("approvalDecision", "REJECT");
                    values.put("approvalComment", work.approvalComment());
                } else {
                    values.put("approvalDecision", "APPROVE");
                }
            }
            case "respond-to-comments" -> {
                Object round = taskService.getVariable(task.getId(), AssistanceRequestVariables.DRAFT_ROUND.name());
                boolean roundsLeft = round instanceof Number n && n.longValue() < deadlines.maxDraftRounds();
                values.put("responseDecision", roundsLeft && work.chance(0.45) ? "REVISE" : "ACCEPT");
            }
            case "review-deliverables" -> {
                if (demo.fate.question() && !demo.questionAsked) {
                    demo.questionAsked = true;
                    values.put("reviewOutcome", "QUESTION");
                    values.put("reviewQuestion", work.reviewQuestion());
                } else if (demo.fate.comment()) {
                    values.put("reviewOutcome", "COMMENT");
                    values.put("reviewComment", work.reviewComment());
                } else {
                    values.put("reviewOutcome", "ACCEPT");
                }
            }
            default -> values.putAll(work.values(task.getTaskDefinitionKey(),
                    demo.stateName, run.now()));
        }
        return values;
    }

    /** A coordinator gives one kind of assistance to another lead, with the others as contributors. */
    private static Map<String, Object> override(DemoWork work, List<Routing> routing) {
        Routing changed = work.oneOf(routing);
        List<Agency> others = new ArrayList<>(List.of(Agency.values()));
        others.remove(changed.lead());
        Agency lead = work.oneOf(others);
        List<String> contributors = new ArrayList<>();
        for (Agency agency : Agency.values()) {
            if (agency != lead && (agency == changed.lead() || changed.contributors().contains(agency))) {
                contributors.add(agency.name());
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("routingDecision", "OVERRIDE");
        values.put("overrideAssistanceType", changed.assistanceType().name());
        values.put("overrideLead", lead.name());
        values.put("overrideContributors", contributors);
        values.put("overrideReason", work.overrideReason());
        return values;
    }
}
