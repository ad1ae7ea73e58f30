package org.advisorydesk.benchmark;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import org.advisorydesk.identity.Agency;
import org.advisorydesk.record.ActorSide;
import org.advisorydesk.flow.assistance.AssistanceProcesses;
import org.advisorydesk.request.AssistanceRequestVariables;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.Routing;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What finished process instances leave in the engine's history tables (full history level):
 * ACT_HI_PROCINST, ACT_HI_TASKINST, ACT_HI_ACTINST and the routing facts in ACT_HI_VARINST, for an
 * {@code assistance-request} instance and the branch instances its call activity started, and each
 * user task's {@code task_interval} row that the product's task listeners keep beside them. Written
 * in JDBC batches: driving 100,000 requests through the engine would take hours.
 */
final class FinishedProcessHistory {

    /** The history time to live of every process model (camunda:historyTimeToLive="P3650D"). */
    private static final Duration TIME_TO_LIVE = Duration.ofDays(3650);
    /** ActivityInstanceState: an activity left normally, one that ended its scope, one cancelled. */
    private static final int ENDED = 4;
    private static final int SCOPE_COMPLETE = 1;
    private static final int CANCELED = 2;
    /** Time slots of a closed request: screen, confirm, up to four in a branch, review. */
    private static final int CLOSED_SLOTS = 7;

    private record Instance(String id, String key, String definitionId, String rootId, Instant removal, Agency lead,
            AssistanceType type) {
    }

    /** Whom a user task waits for: its candidate group's side (and agency), and who does it. */
    private record Party(ActorSide side, Agency agency, String assignee) {

        static Party of(Agency agency) {
            return new Party(ActorSide.agency(agency), agency, officerOf(agency));
        }
    }

    private static final Party COORDINATOR = new Party(ProductRows.COORDINATORS, null, "coordinator");
    private static final Party MANAGER = new Party(ProductRows.MANAGERS, null, "manager");

    private final Map<String, String> definitionIdByKey;
    private final Random random;
    private final Function<String, Duration> staffTaskPeriod;
    private final TaskIntervalRows intervals = new TaskIntervalRows();
    private final List<Object[]> instances = new ArrayList<>();
    private final List<Object[]> tasks = new ArrayList<>();
    private final List<Object[]> activities = new ArrayList<>();
    private final List<Object[]> variables = new ArrayList<>();
    private final long idPrefix;
    private long idCounter;
    private int sequence;

    /** {@code staffTaskPeriod}: the due period of a staff task by its key, as the product's deadlines give it. */
    FinishedProcessHistory(Map<String, String> definitionIdByKey, Random random, Function<String, Duration> staffTaskPeriod) {
        this.definitionIdByKey = definitionIdByKey;
        this.random = random;
        this.staffTaskPeriod = staffTaskPeriod;
        this.idPrefix = random.nextLong();
    }

    /** The slots and decisions match the status changes {@code FinishedRequestSeed} records. */
    void add(SeededRequest request) {
        Instant start = request.submittedAt();
        Instant end = request.updatedAt();
        Duration slot = Duration.between(start, end).dividedBy(CLOSED_SLOTS + 1);
        String rootId = id();
        Instance root = new Instance(rootId, AssistanceRequestVariables.PROCESS_KEY,
                definitionIdByKey.get(AssistanceRequestVariables.PROCESS_KEY), rootId, end.plus(TIME_TO_LIVE), null, null);
        activity(root, "request-submitted", "Request submitted", "startEvent", null, start, start, ENDED, null);
        variable(root, AssistanceRequestVariables.REFERENCE.name(), request.reference(), start);
        variable(root, AssistanceRequestVariables.REQUESTING_STATE.name(), request.state(), start);
        variable(root, AssistanceRequestVariables.GOVERNMENT_GROUP.name(), request.governmentGroup(), start);
        String endActivity = switch (request.status()) {
            case REJECTED -> {
                // out of scope: the request is rejected as its screening ends
                task(root, request, "screen-request", COORDINATOR, start, end, "OUT_OF_SCOPE");
                yield "request-rejected";
            }
            case WITHDRAWN -> {
                task(root, request, "screen-request", COORDINATOR, start, slot(start, slot, 1), "COMPLETE");
                cancelled(root, request, "confirm-routing", ProductRows.COORDINATORS, slot(start, slot, 1), end);
                yield "request-withdrawn";
            }
            default -> {
                task(root, request, "screen-request", COORDINATOR, start, slot(start, slot, 1), "COMPLETE");
                task(root, request, "confirm-routing", COORDINATOR, slot(start, slot, 1), slot(start, slot, 2), "CONFIRM");
                for (Routing routing : request.routing()) {
                    branch(root, request, routing, slot(start, slot, 2), slot);
                }
                review(root, request, slot(start, slot, 6), slot, end);
                yield "request-closed";
            }
        };
        activity(root, endActivity, sentence(endActivity), "noneEndEvent", null, end, end, SCOPE_COMPLETE, null);
        instance(root, request.reference(), request.submittedBy(), start, end, "request-submitted", endActivity, null);
    }

    /**
     * The government reviews the deliverables from their delivery to the end; one in eight asks a
     * question first, which the lead agency answers in half a slot.
     */
    private void review(Instance root, SeededRequest request, Instant delivered, Duration slot, Instant end) {
        Party government = new Party(ProductRows.government(request), null, request.submittedBy());
        if (request.askedQuestion()) {
            Instant asked = delivered.plus(slot);
            Instant answered = asked.plus(slot.dividedBy(2));
            Agency lead = request.routing().stream().map(Routing::lead).sorted().findFirst().orElseThrow();
            task(root, request, "review-deliverables", government, delivered, asked, "QUESTION");
            task(root, request, "answer-question", Party.of(lead), asked, answered, null);
            task(root, request, "review-deliverables", government, answered, end, "ACCEPT");
        } else {
            task(root, request, "review-deliverables", government, delivered, end,
                    request.acceptedWithComment() ? "COMMENT" : "ACCEPT");
        }
    }

    /**
     * A branch takes four slots: first work beside the contributions, consolidation, approval (a
     * rejected deliverable consolidated and approved again in the same two slots), the government's
     * response to a draft's comments.
     */
    private void branch(Instance root, SeededRequest request, Routing routing, Instant start, Duration slot) {
        Instant end = slot(start, slot, 4);
        AssistanceType type = routing.assistanceType();
        String key = AssistanceProcesses.keyOf(type);
        Instance branch = new Instance(id(), key, definitionIdByKey.get(key), root.id(), root.removal(), routing.lead(), type);
        activity(root, "provide-assistance", "Provide assistance", "callActivity", null, start, end, ENDED, branch.id());
        activity(branch, "assistance-started", "Assistance routed", "startEvent", null, start, start, ENDED, null);
        variable(branch, AssistanceRequestVariables.ASSISTANCE_TYPE.name(), type.name(), start);
        variable(branch, AssistanceRequestVariables.LEAD_GROUP.name(), routing.lead().groupId(), start);
        String[] keys = switch (type) {
            case LEGISLATIVE_REVIEW -> new String[] {"prepare-gap-analysis", "add-findings", "consolidate-review"};
            case DRAFT_LEGISLATION_REVIEW -> new String[] {"comment-on-draft", "add-comments", "consolidate-comments"};
            default -> new String[] {"plan-assistance", "contribute", "record-outcome"};
        };
        Party lead = Party.of(routing.lead());
        task(branch, request, keys[0], lead, start, slot(start, slot, 1), null);
        for (Agency contributor : routing.contributors()) {
            task(branch, request, keys[1], Party.of(contributor), start,
                    slot(start, slot, 1).minus(slot.dividedBy(2 + random.nextInt(3))), null);
        }
        Instant consolidated = slot(start, slot, 1);
        if (request.deliverableRejected(type)) {
            Duration half = slot.dividedBy(2);
            task(branch, request, keys[2], lead, consolidated, consolidated.plus(half), null);
            task(branch, request, "approve-deliverable", MANAGER, consolidated.plus(half), consolidated.plus(slot), "REJECT");
            consolidated = consolidated.plus(slot);
            task(branch, request, keys[2], lead, consolidated, consolidated.plus(half), null);
            task(branch, request, "approve-deliverable", MANAGER, consolidated.plus(half), slot(start, slot, 3), "APPROVE");
        } else {
            task(branch, request, keys[2], lead, consolidated, slot(start, slot, 2), null);
            task(branch, request, "approve-deliverable", MANAGER, slot(start, slot, 2), slot(start, slot, 3), "APPROVE");
        }
        if (type == AssistanceType.DRAFT_LEGISLATION_REVIEW) {
            task(branch, request, "respond-to-comments", new Party(ProductRows.government(request), null, request.submittedBy()),
                    slot(start, slot, 3), end, "ACCEPT");
        }
        String endActivity = type == AssistanceType.DRAFT_LEGISLATION_REVIEW ? "draft-accepted" : "deliverable-approved";
        activity(branch, endActivity, sentence(endActivity), "noneEndEvent", null, end, end, SCOPE_COMPLETE, null);
        instance(branch, request.reference(), null, start, end, "assistance-started", endActivity, root.id());
    }

    private void instance(Instance instance, String businessKey, String startUser, Instant start, Instant end,
            String startActivity, String endActivity, String superInstanceId) {
        instances.add(new Object[] {instance.id(), instance.id(), businessKey, instance.key(), instance.definitionId(),
                time(start), time(end), time(instance.removal()), millis(start, end), startUser, startActivity,
                endActivity, superInstanceId, instance.rootId(), "COMPLETED"});
    }

    /** A task completed by its party, most of them claimed a while after they were created. */
    private void task(Instance instance, SeededRequest request, String key, Party party, Instant start, Instant end,
            String outcome) {
        Instant claimed = random.nextInt(10) == 0 ? null
                : start.plusMillis((long) (Duration.between(start, end).toMillis() * (0.05 + 0.35 * random.nextDouble())));
        task(instance, request, key, party.side(), party.agency(), party.assignee(), start, claimed, end, outcome, false);
    }

    /** A task nobody claimed, cancelled with its process (a withdrawal). */
    private void cancelled(Instance instance, SeededRequest request, String key, ActorSide side, Instant start, Instant end) {
        task(instance, request, key, side, null, null, start, null, end, null, true);
    }

    private void task(Instance instance, SeededRequest request, String key, ActorSide side, Agency agency, String assignee,
            Instant start, Instant claimed, Instant end, String outcome, boolean deleted) {
        String taskId = id();
        String activityInstanceId = activity(instance, key, sentence(key), "userTask", assignee, start, end,
                deleted ? CANCELED : ENDED, null, taskId);
        // staff work is due after its period; the government's tasks have no due date
        Instant due = side.side() == ActorSide.Side.GOVERNMENT ? null : start.plus(staffTaskPeriod.apply(key));
        tasks.add(new Object[] {taskId, key, instance.key(), instance.definitionId(), instance.rootId(), instance.id(),
                instance.id(), activityInstanceId, sentence(key), assignee, time(start), time(end), millis(start, end),
                deleted ? "deleted" : "completed", 50, due == null ? null : time(due), time(instance.removal()),
                deleted ? "Deleted" : "Completed"});
        intervals.add(new TaskIntervalRows.EndedTask(taskId, request, instance.key(), key, sentence(key), instance.type(),
                side, agency != null ? agency : instance.lead(), assignee, start, due, claimed, end, !deleted, outcome));
    }

    private void activity(Instance instance, String activityId, String name, String type, String assignee, Instant start,
            Instant end, int state, String calledInstanceId) {
        activity(instance, activityId, name, type, assignee, start, end, state, calledInstanceId, null);
    }

    private String activity(Instance instance, String activityId, String name, String type, String assignee,
            Instant start, Instant end, int state, String calledInstanceId, String taskId) {
        String id = activityId + ":" + id();
        activities.add(new Object[] {id, instance.id(), instance.key(), instance.definitionId(), instance.rootId(),
                instance.id(), instance.id(), activityId, taskId, calledInstanceId, name, type, assignee, time(start),
                time(end), millis(start, end), state, ++sequence, time(instance.removal())});
        return id;
    }

    private void variable(Instance instance, String name, String value, Instant at) {
        variables.add(new Object[] {id(), instance.key(), instance.definitionId(), instance.rootId(), instance.id(),
                instance.id(), instance.id(), name, "string", time(at), 0, value, "CREATED", time(instance.removal())});
    }

    /** Writes what was added and forgets it; the number of rows written. */
    int flush(JdbcTemplate jdbc) {
        jdbc.batchUpdate("INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, "
                + "START_TIME_, END_TIME_, REMOVAL_TIME_, DURATION_, START_USER_ID_, START_ACT_ID_, END_ACT_ID_, "
                + "SUPER_PROCESS_INSTANCE_ID_, ROOT_PROC_INST_ID_, STATE_) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                instances);
        jdbc.batchUpdate("INSERT INTO ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, "
                + "PROC_INST_ID_, EXECUTION_ID_, ACT_INST_ID_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, "
                + "DELETE_REASON_, PRIORITY_, DUE_DATE_, REMOVAL_TIME_, TASK_STATE_) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tasks);
        jdbc.batchUpdate("INSERT INTO ACT_HI_ACTINST (ID_, PARENT_ACT_INST_ID_, PROC_DEF_KEY_, PROC_DEF_ID_, "
                + "ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, TASK_ID_, CALL_PROC_INST_ID_, ACT_NAME_, "
                + "ACT_TYPE_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, ACT_INST_STATE_, SEQUENCE_COUNTER_, REMOVAL_TIME_) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", activities);
        jdbc.batchUpdate("INSERT INTO ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, "
                + "EXECUTION_ID_, ACT_INST_ID_, NAME_, VAR_TYPE_, CREATE_TIME_, REV_, TEXT_, STATE_, REMOVAL_TIME_) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", variables);
        int rows = instances.size() + tasks.size() + activities.size() + variables.size() + intervals.flush(jdbc);
        instances.clear();
        tasks.clear();
        activities.clear();
        variables.clear();
        return rows;
    }

    /** The demo officer of an agency, e.g. {@code ilo.officer}. */
    static String officerOf(Agency agency) {
        return agency.groupId() + ".officer";
    }

    /** A BPMN id as its element's label: {@code prepare-gap-analysis} is "Prepare gap analysis". */
    private static String sentence(String id) {
        String words = id.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /**
     * A UUID-shaped id that grows with each row: appended at the end of the primary key's tree rather
     * than at random places in it, which makes the batch inserts several times faster.
     */
    private String id() {
        return new UUID(idPrefix, ++idCounter).toString();
    }

    private static Timestamp time(Instant instant) {
        return Timestamp.from(instant);
    }

    private static long millis(Instant start, Instant end) {
        return Duration.between(start, end).toMillis();
    }

    private static Instant slot(Instant start, Duration slot, int n) {
        return start.plus(slot.multipliedBy(n));
    }
}
