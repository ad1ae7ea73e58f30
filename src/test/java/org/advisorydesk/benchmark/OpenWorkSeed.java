package org.advisorydesk.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.advisorydesk.identity.Agency;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.identity.Groups;
import org.advisorydesk.flow.assistance.AssistanceProcesses;
import org.advisorydesk.request.AssistanceRequestVariables;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.Instrument;
import org.advisorydesk.request.NewRequest;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.request.RequestStatus;
import org.advisorydesk.request.Routing;
import org.advisorydesk.routing.RoutingDecision;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Open work made by the real engine, so that every open task is a real task with its identity links,
 * due date and notifications: requests submitted through {@link RequestService} (waiting at
 * <em>Screen request</em>) and requests in progress whose branch processes are started directly, as
 * the call activity would, with the variables it passes. A share of the work started weeks ago is
 * overdue (the engine's clock is set back while it starts), a share is claimed by the demo officers.
 */
@Component
class OpenWorkSeed {

    record OpenWork(int submittedRequests, int requestsInProgress, int branches, int claimedTasks) {
    }

    private static final int CHUNK = 100;
    /** Started more than the 14 days a staff task has: overdue. */
    private static final int OVERDUE_PERCENT = 25;

    private final RequestService requests;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final RoutingDecision routingDecision;

    OpenWorkSeed(RequestService requests, RuntimeService runtimeService, TaskService taskService, JdbcTemplate jdbc,
            TransactionTemplate transaction, RoutingDecision routingDecision) {
        this.requests = requests;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.routingDecision = routingDecision;
    }

    /**
     * Seeds requests in progress until their branches hold about {@code branchTasks} open tasks, with
     * ids and reference numbers after {@code lastNumber}, then {@code submitted} new requests.
     */
    OpenWork seed(int submitted, int branchTasks, long lastNumber, Instant now) {
        RequestShapes shapes = new RequestShapes(1990, routingDecision);
        long started = System.nanoTime();
        try {
            long number = lastNumber;
            int branches = 0;
            // counted, not computed: a branch awaiting approval has one task, others one per agency
            for (long open = taskService.createTaskQuery().count(); open < branchTasks; open = taskService.createTaskQuery().count()) {
                List<SeededRequest> chunk = new ArrayList<>();
                // about two open tasks per request: the last chunks shrink so as not to overshoot much
                for (long i = 0; i < Math.min(CHUNK, (branchTasks - open + 1) / 2); i++) {
                    SeededRequest request = inProgress(shapes, ++number, now);
                    chunk.add(request);
                    branches += request.routing().size();
                }
                transaction.executeWithoutResult(status -> start(chunk, shapes.random(), now));
            }
            int inProgress = (int) (number - lastNumber);
            progress("%,d requests in progress with %,d branches started", inProgress, branches, started);
            ProductRows.continueNumbersAfter(jdbc, number, number);
            for (int i = 0; i < submitted; i++) {
                submit(shapes, now);
            }
            progress("%,d requests submitted%s", submitted, "", started);
            int claimed = claimShare();
            progress("%,d tasks claimed%s", claimed, "", started);
            return new OpenWork(submitted, inProgress, branches, claimed);
        } finally {
            ClockUtil.reset();
        }
    }

    private static void progress(String format, Object first, Object second, long started) {
        System.out.printf("  " + format + " after %ds%n", first, second, (System.nanoTime() - started) / 1_000_000_000);
    }

    private static SeededRequest inProgress(RequestShapes shapes, long number, Instant now) {
        Random random = shapes.random();
        String state = shapes.state();
        List<Instrument> instruments = shapes.instruments();
        List<Routing> routing = shapes.routing(instruments, shapes.assistanceTypes());
        Instant started = startedAt(random, now);
        Instant submittedAt = started.minus(Duration.ofDays(3 + random.nextInt(30)));
        return new SeededRequest(number, ProductRows.reference(submittedAt, number), state, instruments, routing,
                RequestStatus.IN_PROGRESS, FinishedRequestSeed.focalPointOf(state), submittedAt, started);
    }

    /** The product rows of the requests, then one branch process per assistance type as routed. */
    private void start(List<SeededRequest> chunk, Random random, Instant now) {
        ProductRows product = new ProductRows();
        for (SeededRequest request : chunk) {
            product.add(request, RequestShapes.title(request.assistanceTypes(), request.state()),
                    "Assistance under way on " + request.instruments() + ".");
            product.status(request, request.submittedAt(), request.submittedBy(), ProductRows.government(request),
                    null, RequestStatus.SUBMITTED);
            product.routing(request, request.updatedAt());
            product.status(request, request.updatedAt(), "coordinator", ProductRows.COORDINATORS,
                    RequestStatus.SUBMITTED, RequestStatus.IN_PROGRESS);
        }
        product.flush(jdbc);
        for (SeededRequest request : chunk) {
            ClockUtil.setCurrentTime(Date.from(request.updatedAt()));
            for (Routing routing : request.routing()) {
                startBranch(request, routing, random.nextInt(100) < 12);
            }
        }
        ClockUtil.setCurrentTime(Date.from(now));
    }

    /** As the call activity <em>Provide assistance</em> starts a branch; some already await approval. */
    private void startBranch(SeededRequest request, Routing routing, boolean awaitingApproval) {
        AssistanceType type = routing.assistanceType();
        Map<String, Object> variables = Variables.createVariables()
                .putValue(AssistanceRequestVariables.REFERENCE.name(), request.reference())
                .putValue(AssistanceRequestVariables.REQUESTING_STATE.name(), request.state())
                .putValue(AssistanceRequestVariables.GOVERNMENT_GROUP.name(), request.governmentGroup())
                .putValue(AssistanceRequestVariables.ASSISTANCE_TYPE.name(), type.name())
                .putValue(AssistanceRequestVariables.LEAD_GROUP.name(), routing.lead().groupId())
                .putValue("contributorGroups", new ArrayList<>(routing.contributors().stream().map(Agency::groupId).toList()));
        String key = AssistanceProcesses.keyOf(type);
        if (awaitingApproval) {
            runtimeService.createProcessInstanceByKey(key).businessKey(request.reference()).setVariables(variables)
                    .startBeforeActivity("approve-deliverable").execute();
        } else {
            runtimeService.startProcessInstanceByKey(key, request.reference(), variables);
        }
    }

    /** A new request through the product's own path: its row and an instance waiting at Screen request. */
    private void submit(RequestShapes shapes, Instant now) {
        String state = shapes.state();
        List<AssistanceType> types = shapes.assistanceTypes();
        ClockUtil.setCurrentTime(Date.from(startedAt(shapes.random(), now)));
        requests.submit(new CurrentUser(FinishedRequestSeed.focalPointOf(state), Set.of(Groups.government(state))),
                new NewRequest(state, shapes.instruments().stream().map(Enum::name).toList(),
                        types.stream().map(Enum::name).toList(), RequestShapes.title(types, state),
                        "Please advise on " + types + ".", "focal.point@example.org"));
    }

    /** A quarter of the work started 15 to 60 days ago (overdue), the rest within the last 14 days. */
    private static Instant startedAt(Random random, Instant now) {
        int days = random.nextInt(100) < OVERDUE_PERCENT ? 15 + random.nextInt(46) : random.nextInt(14);
        return now.minus(Duration.ofDays(days)).minusSeconds(random.nextInt(86_400));
    }

    /** Every fourth free task of each staff group is claimed by that group's demo user. */
    private int claimShare() {
        Map<String, String> demoUserByGroup = Map.of(Groups.COORDINATORS, "coordinator", Groups.MANAGERS, "manager",
                Agency.ILO.groupId(), "ilo.officer", Agency.IOM.groupId(), "iom.officer",
                Agency.OHCHR.groupId(), "ohchr.officer", Agency.UNESCO.groupId(), "unesco.officer");
        int claimed = 0;
        for (Map.Entry<String, String> group : demoUserByGroup.entrySet()) {
            List<Task> free = taskService.createTaskQuery().taskCandidateGroup(group.getKey()).orderByTaskId().asc().list();
            for (int i = 0; i < free.size(); i += 4) {
                taskService.claim(free.get(i).getId(), group.getValue());
                claimed++;
            }
        }
        return claimed;
    }
}
