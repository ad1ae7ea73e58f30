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

import org.advisorydesk.identity.Agency;
import org.advisorydesk.flow.assistance.AssistanceProcesses;
import org.advisorydesk.request.AssistanceRequestVariables;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.Routing;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What finished process instances leave in the engine's history tables (full history level):
 * ACT_HI_PROCINST, ACT_HI_TASKINST, ACT_HI_ACTINST and the routing facts in ACT_HI_VARINST, for an
 * {@code assistance-request} instance and the branch instances its call activity started. Written
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

    private record Instance(String id, String key, String definitionId, String rootId, Instant removal) {
    }

    private final Map<String, String> definitionIdByKey;
    private final Random random;
    private final List<Object[]> instances = new ArrayList<>();
    private final List<Object[]> tasks = new ArrayList<>();
    private final List<Object[]> activities = new ArrayList<>();
    private final List<Object[]> variables = new ArrayList<>();
    private final long idPrefix;
    private long idCounter;
    private int sequence;

    FinishedProcessHistory(Map<String, String> definitionIdByKey, Random random) {
        this.definitionIdByKey = definitionIdByKey;
        this.random = random;
        this.idPrefix = random.nextLong();
    }

    void add(SeededRequest request) {
        Instant start = request.submittedAt();
        Instant end = request.updatedAt();
        Duration slot = Duration.between(start, end).dividedBy(CLOSED_SLOTS + 1);
        String rootId = id();
        Instance root = new Instance(rootId, AssistanceRequestVariables.PROCESS_KEY,
                definitionIdByKey.get(AssistanceRequestVariables.PROCESS_KEY), rootId, end.plus(TIME_TO_LIVE));
        activity(root, "request-submitted", "Request submitted", "startEvent", null, start, start, ENDED, null);
        variable(root, AssistanceRequestVariables.REFERENCE.name(), request.reference(), start);
        variable(root, AssistanceRequestVariables.REQUESTING_STATE.name(), request.state(), start);
        variable(root, AssistanceRequestVariables.GOVERNMENT_GROUP.name(), request.governmentGroup(), start);
        task(root, "screen-request", "coordinator", slot(start, slot, 0), slot(start, slot, 1), false);
        String endActivity = switch (request.status()) {
            case REJECTED -> "request-rejected";
            case WITHDRAWN -> {
                task(root, "confirm-routing", null, slot(start, slot, 1), slot(start, slot, 2), true);
                yield "request-withdrawn";
            }
            default -> {
                task(root, "confirm-routing", "coordinator", slot(start, slot, 1), slot(start, slot, 2), false);
                for (Routing routing : request.routing()) {
                    branch(root, request, routing, slot(start, slot, 2), slot);
                }
                task(root, "review-deliverables", request.submittedBy(), slot(start, slot, 6), slot(start, slot, 7), false);
                yield "request-closed";
            }
        };
        activity(root, endActivity, sentence(endActivity), "noneEndEvent", null, end, end, SCOPE_COMPLETE, null);
        instance(root, request.reference(), request.submittedBy(), start, end, "request-submitted", endActivity, null);
    }

    /** A branch takes four slots at most: first work beside the contributions, consolidation, approval, response. */
    private void branch(Instance root, SeededRequest request, Routing routing, Instant start, Duration slot) {
        Instant end = slot(start, slot, 4);
        AssistanceType type = routing.assistanceType();
        String key = AssistanceProcesses.keyOf(type);
        Instance branch = new Instance(id(), key, definitionIdByKey.get(key), root.id(), root.removal());
        activity(root, "provide-assistance", "Provide assistance", "callActivity", null, start, end, ENDED, branch.id());
        activity(branch, "assistance-started", "Assistance routed", "startEvent", null, start, start, ENDED, null);
        variable(branch, AssistanceRequestVariables.ASSISTANCE_TYPE.name(), type.name(), start);
        variable(branch, AssistanceRequestVariables.LEAD_GROUP.name(), routing.lead().groupId(), start);
        String[] keys = switch (type) {
            case LEGISLATIVE_REVIEW -> new String[] {"prepare-gap-analysis", "add-findings", "consolidate-review"};
            case DRAFT_LEGISLATION_REVIEW -> new String[] {"comment-on-draft", "add-comments", "consolidate-comments"};
            default -> new String[] {"plan-assistance", "contribute", "record-outcome"};
        };
        String lead = officerOf(routing.lead());
        task(branch, keys[0], lead, start, slot(start, slot, 1), false);
        for (Agency contributor : routing.contributors()) {
            task(branch, keys[1], officerOf(contributor), start, slot(start, slot, 1).minus(slot.dividedBy(2 + random.nextInt(3))), false);
        }
        task(branch, keys[2], lead, slot(start, slot, 1), slot(start, slot, 2), false);
        task(branch, "approve-deliverable", "manager", slot(start, slot, 2), slot(start, slot, 3), false);
        if (type == AssistanceType.DRAFT_LEGISLATION_REVIEW) {
            task(branch, "respond-to-comments", request.submittedBy(), slot(start, slot, 3), end, false);
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

    private void task(Instance instance, String key, String assignee, Instant start, Instant end, boolean deleted) {
        String taskId = id();
        String activityInstanceId = activity(instance, key, sentence(key), "userTask", assignee, start, end,
                deleted ? CANCELED : ENDED, null, taskId);
        tasks.add(new Object[] {taskId, key, instance.key(), instance.definitionId(), instance.rootId(), instance.id(),
                instance.id(), activityInstanceId, sentence(key), assignee, time(start), time(end), millis(start, end),
                deleted ? "deleted" : "completed", 50, time(start.plus(Duration.ofDays(14))), time(instance.removal()),
                deleted ? "Deleted" : "Completed"});
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
        int rows = instances.size() + tasks.size() + activities.size() + variables.size();
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
