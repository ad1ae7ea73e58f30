package org.advisorydesk.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.advisorydesk.identity.Agency;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.AssistanceRequestVariables;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.request.RequestStatus;
import org.advisorydesk.task.OverdueWatch;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Makes a plan's activity with the real engine: every submission, claim, completed task, fired timer
 * and withdrawal is an event at its own moment, and the events run in the order of their moments with
 * the engine's clock set to each ({@link ClockUtil}, which the product's {@link Clock} follows). What
 * would happen after the plan's end stays undone: those requests are open, their tasks waiting, some
 * claimed, some past their due date. Timers are fired here when they fall due, so none is left due
 * when the real clock resumes; the overdue watch looks once a week (it looks every few minutes at run time;
 * a week keeps the making quick).
 */
@Component
class DeskSimulation {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DeskSimulation.class);
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final Duration OVERDUE_LOOK = Duration.ofDays(7);

    /** Something to do at a moment, for a request ({@code demo}) or for the whole desk ({@code null}). */
    private record Event(Instant at, long order, String kind, Runnable action, DemoCase demo) {
    }

    private final RequestService requests;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final OverdueWatch overdueWatch;
    private final DemoPeople people;
    private final DemoSteps steps;

    DeskSimulation(RequestService requests, RuntimeService runtimeService, ManagementService managementService,
            OverdueWatch overdueWatch, DemoPeople people, DemoSteps steps) {
        this.requests = requests;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.overdueWatch = overdueWatch;
        this.people = people;
        this.steps = steps;
    }

    /** One run of a plan; the engine's clock is back to real time afterwards, whatever happened. */
    ActivityReport run(ActivityPlan plan) {
        long started = System.nanoTime();
        long cpuStarted = CPU.getCurrentThreadCpuTime();
        people.ensure(plan.states());
        Random random = new Random(plan.seed());
        Run run = new Run(plan, new DemoWork(random), cast(plan));
        List<DemoCase> cases = new DemoIntake(random).draw(plan, run.governments::get, run.coordinator);
        try {
            for (DemoCase demo : cases) {
                run.at(demo.submission, "submit", () -> submit(run, demo), demo);
                if (demo.fate.withdrawal() != null) {
                    run.at(demo.fate.withdrawal(), "withdraw", () -> withdraw(run, demo), demo);
                }
            }
            for (Instant look = plan.start(); look.isBefore(plan.end()); look = look.plus(OVERDUE_LOOK)) {
                run.at(look, "overdue-watch", overdueWatch::check, null);
            }
            run.drain();
            log.info("Demo events: {}", run.timings());
        } finally {
            ClockUtil.reset();
        }
        // a case planned to be submitted after the plan's end (the last moments before now) was never made
        List<String> references = cases.stream().map(c -> c.reference).filter(java.util.Objects::nonNull).toList();
        Map<RequestStatus, Long> statuses = requests.byReference(references).values().stream()
                .collect(Collectors.groupingBy(r -> r.status(), () -> new EnumMap<>(RequestStatus.class),
                        Collectors.counting()));
        return new ActivityReport(references, statuses, run.failures, Duration.ofNanos(System.nanoTime() - started),
                Duration.ofNanos(CPU.getCurrentThreadCpuTime() - cpuStarted));
    }

    private Cast cast(ActivityPlan plan) {
        Map<Agency, List<CurrentUser>> officers = new EnumMap<>(Agency.class);
        for (Agency agency : Agency.values()) {
            officers.put(agency, people.officers(agency));
        }
        Map<String, CurrentUser> governments = plan.states().stream()
                .collect(Collectors.toMap(Function.identity(), people::government));
        return new Cast(officers, people.managers(), people.coordinator(), governments);
    }

    private void submit(Run run, DemoCase demo) {
        demo.reference = requests.submit(demo.submitter, demo.body).reference();
        demo.instanceId = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(AssistanceRequestVariables.PROCESS_KEY)
                .processInstanceBusinessKey(demo.reference).singleResult().getId();
        react(run, demo);
    }

    private void withdraw(Run run, DemoCase demo) {
        if (demo.reference == null || demo.finished) {
            return;
        }
        requests.withdraw(demo.government, demo.reference, run.work.oneOf(List.of(
                "The ministry has changed its priorities after the elections.",
                "The work will be done with a bilateral partner instead.",
                "")));
        demo.finished = true;
    }

    /** Plans what follows the request's new tasks and timers; a request without open tasks is done. */
    private void react(Run run, DemoCase demo) {
        DemoSteps.Next next = steps.next(run, demo);
        if (next == null) {
            demo.finished = true;
            return;
        }
        // a planned task ends only by its step, or with the whole request (withdrawn)
        next.steps().forEach(step -> run.at(step.at(), step.kind(), () -> {
            if (!demo.finished) {
                step.action().run();
                if (step.reacts()) {
                    react(run, demo);
                }
            }
        }, demo));
        if (!next.timers()) {
            return;
        }
        for (Job timer : managementService.createJobQuery().processInstanceId(demo.instanceId).timers().list()) {
            if (demo.planned.add(timer.getId())) {
                // a second before it falls due: the job executor never finds it due first
                run.at(timer.getDuedate().toInstant().minusSeconds(1), "timer", () -> fire(run, demo, timer.getId()), demo);
            }
        }
    }

    private void fire(Run run, DemoCase demo, String jobId) {
        if (!demo.finished && managementService.createJobQuery().jobId(jobId).count() > 0) {
            managementService.executeJob(jobId);
            react(run, demo);
        }
    }

    /** The demo users of a run. */
    record Cast(Map<Agency, List<CurrentUser>> officers, List<CurrentUser> managers, CurrentUser coordinator,
            Map<String, CurrentUser> governments) {
    }

    /** The events of one run, in the order of their moments, and what the run's people are like. */
    static final class Run {

        final ActivityPlan plan;
        final DemoWork work;
        final Cast cast;
        final Map<String, CurrentUser> governments;
        final CurrentUser coordinator;
        private final PriorityQueue<Event> events = new PriorityQueue<>(
                Comparator.comparing(Event::at).thenComparingLong(Event::order));
        private final Map<String, long[]> spent = new java.util.HashMap<>();
        final List<String> failures = new java.util.ArrayList<>();
        private long order;
        private Instant now;

        Run(ActivityPlan plan, DemoWork work, Cast cast) {
            this.plan = plan;
            this.work = work;
            this.cast = cast;
            this.governments = cast.governments();
            this.coordinator = cast.coordinator();
            this.now = plan.start();
        }

        Instant now() {
            return now;
        }

        void at(Instant at, String kind, Runnable action, DemoCase demo) {
            events.add(new Event(at.isBefore(now) ? now : at, order++, kind, action, demo));
        }

        /** How many events of each kind ran and how long they took, in milliseconds. */
        Map<String, String> timings() {
            Map<String, String> timings = new java.util.TreeMap<>();
            spent.forEach((kind, counts) -> timings.put(kind, counts[0] + " in " + counts[1] / 1_000_000 + " ms"));
            return timings;
        }

        /** Runs every event up to the plan's end, each at its moment. */
        void drain() {
            while (!events.isEmpty() && !events.peek().at().isAfter(plan.end())) {
                Event event = events.poll();
                now = event.at();
                ClockUtil.setCurrentTime(Date.from(now));
                long started = System.nanoTime();
                try {
                    event.action().run();
                } catch (RuntimeException e) {
                    if (event.demo() == null) {
                        throw e;
                    }
                    // one request gone wrong is left where it stands; the others go on
                    log.warn("Demo request {} left at its {} step", event.demo().reference, event.kind(), e);
                    event.demo().finished = true;
                    failures.add(event.demo().reference);
                }
                long[] counts = spent.computeIfAbsent(event.kind(), k -> new long[2]);
                counts[0]++;
                counts[1] += System.nanoTime() - started;
            }
        }
    }
}
