package org.advisorydesk.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.advisorydesk.identity.Agency;
import org.advisorydesk.identity.Groups;
import org.advisorydesk.record.ActorSide;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.Deadlines;
import org.advisorydesk.request.Instrument;
import org.advisorydesk.request.RequestStatus;
import org.advisorydesk.request.Routing;
import org.advisorydesk.routing.RoutingDecision;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finished requests of the last five years, closed, withdrawn or rejected: their product rows (with the
 * intervals the dashboards read, and a {@code task_interval} row per user task) and what their process
 * instances left in the engine's history, in JDBC batches of a thousand requests.
 */
@Component
class FinishedRequestSeed {

    private static final int CHUNK = 1_000;
    private static final int PROGRESS = 20_000;
    private static final Duration FIVE_YEARS = Duration.ofDays(5 * 365);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final RepositoryService repositoryService;
    private final RoutingDecision routingDecision;
    private final Deadlines deadlines;

    FinishedRequestSeed(JdbcTemplate jdbc, TransactionTemplate transaction, RepositoryService repositoryService,
            RoutingDecision routingDecision, Deadlines deadlines) {
        this.deadlines = deadlines;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.repositoryService = repositoryService;
        this.routingDecision = routingDecision;
    }

    /**
     * Seeds {@code count} finished requests with ids and reference numbers 1 to count, numbered in the
     * order they were submitted; the number of rows written.
     */
    long seed(int count, Instant now) {
        RequestShapes shapes = new RequestShapes(2003, routingDecision);
        Random random = shapes.random();
        List<Instant> submitted = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // finished by now: submitted at least a month ago
            submitted.add(now.minus(Duration.ofDays(30)).minusSeconds((long) (random.nextDouble() * FIVE_YEARS.toSeconds())));
        }
        submitted.sort(Comparator.naturalOrder());
        ProductRows product = new ProductRows();
        FinishedProcessHistory history = new FinishedProcessHistory(latestDefinitionIds(), random, deadlines::staffTaskPeriod);
        long rows = 0;
        for (int from = 0; from < count; from += CHUNK) {
            for (int i = from; i < Math.min(count, from + CHUNK); i++) {
                SeededRequest request = request(shapes, i + 1, submitted.get(i), now);
                product.add(request, RequestShapes.title(request.assistanceTypes(), request.state()),
                        "Technical assistance on " + request.instruments() + ", as discussed with the focal point.");
                events(product, request);
                history.add(request);
            }
            rows += transaction.execute(status -> product.flush(jdbc) + history.flush(jdbc));
            if ((from + CHUNK) % PROGRESS == 0) {
                System.out.printf("  %,d finished requests, %,d rows%n", from + CHUNK, rows);
            }
        }
        return rows;
    }

    private static SeededRequest request(RequestShapes shapes, long number, Instant submittedAt, Instant now) {
        Random random = shapes.random();
        String state = shapes.state();
        List<Instrument> instruments = shapes.instruments();
        List<AssistanceType> types = shapes.assistanceTypes();
        List<Routing> routing = shapes.routing(instruments, types);
        int draw = random.nextInt(100);
        RequestStatus status = draw < 70 ? RequestStatus.CLOSED : draw < 85 ? RequestStatus.WITHDRAWN : RequestStatus.REJECTED;
        Duration took = Duration.ofDays(status == RequestStatus.CLOSED ? 20 + random.nextInt(300) : 2 + random.nextInt(40));
        return new SeededRequest(number, ProductRows.reference(submittedAt, number), state, instruments,
                status == RequestStatus.REJECTED ? List.of() : routing, status, focalPointOf(state), submittedAt,
                Collections.min(List.of(submittedAt.plus(took), now.minus(Duration.ofDays(1)))));
    }

    /**
     * The product's record of a finished request: statuses, routing, the reason of a withdrawal, at the
     * slots of its engine history (eighths of its time): screened and routed by the desk, in progress
     * from the third, a draft's comments with the government in the sixth, delivered in the seventh,
     * back in progress while the lead agency answers a question, closed at the end.
     */
    private static void events(ProductRows product, SeededRequest request) {
        Instant start = request.submittedAt();
        Duration step = Duration.between(start, request.updatedAt()).dividedBy(8);
        String government = request.submittedBy();
        ActorSide governmentSide = ProductRows.government(request);
        product.status(request, start, government, governmentSide, null, RequestStatus.SUBMITTED);
        product.status(request, start, government, governmentSide, RequestStatus.SUBMITTED, RequestStatus.IN_SCREENING);
        RequestStatus last = RequestStatus.IN_SCREENING;
        if (request.status() == RequestStatus.CLOSED) {
            product.routing(request, start.plus(step));
            product.status(request, start.plus(step.multipliedBy(2)), "coordinator", ProductRows.COORDINATORS,
                    last, RequestStatus.IN_PROGRESS);
            if (request.routedTo(AssistanceType.DRAFT_LEGISLATION_REVIEW)) {
                product.status(request, start.plus(step.multipliedBy(5)), "manager", ProductRows.MANAGERS,
                        RequestStatus.IN_PROGRESS, RequestStatus.AWAITING_GOVERNMENT);
                product.status(request, start.plus(step.multipliedBy(6)), government, governmentSide,
                        RequestStatus.AWAITING_GOVERNMENT, RequestStatus.IN_PROGRESS);
            }
            product.status(request, start.plus(step.multipliedBy(6)), "manager", ProductRows.MANAGERS,
                    RequestStatus.IN_PROGRESS, RequestStatus.DELIVERED);
            if (request.askedQuestion()) {
                Instant asked = start.plus(step.multipliedBy(7));
                product.status(request, asked, government, governmentSide, RequestStatus.DELIVERED, RequestStatus.IN_PROGRESS);
                Agency lead = request.routing().stream().map(Routing::lead).sorted().findFirst().orElseThrow();
                product.status(request, asked.plus(step.dividedBy(2)), FinishedProcessHistory.officerOf(lead),
                        ActorSide.agency(lead), RequestStatus.IN_PROGRESS, RequestStatus.DELIVERED);
            }
            last = RequestStatus.DELIVERED;
        } else if (request.status() == RequestStatus.WITHDRAWN) {
            product.comment(request, request.updatedAt(), government, governmentSide,
                    "Withdrawn: the ministry will handle it nationally.");
        }
        if (request.status() == RequestStatus.REJECTED) {
            product.status(request, request.updatedAt(), "coordinator", ProductRows.COORDINATORS, last, request.status());
        } else {
            product.status(request, request.updatedAt(), government, governmentSide, last, request.status());
        }
    }

    /** Paraguay's demo focal point, or one per State named like its group. */
    static String focalPointOf(String state) {
        return "PRY".equals(state) ? "gov.paraguay" : Groups.government(state) + ".focal";
    }

    private Map<String, String> latestDefinitionIds() {
        return repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                .collect(Collectors.toMap(ProcessDefinition::getKey, ProcessDefinition::getId));
    }
}
