package org.advisorydesk.task;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.Optional;
import java.util.Set;

import org.advisorydesk.identity.Agency;
import org.advisorydesk.kernel.FigureChanges;
import org.advisorydesk.record.ActorSide;
import org.advisorydesk.record.CaseKey;
import org.advisorydesk.request.AssistanceRequestVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each user task's interval in {@code task_interval}, kept in the engine's transaction as the task is
 * created, claimed, completed or cancelled: what the dashboards read instead of the engine's history.
 * A task belongs to the side of its candidate group; its agency is the group's, or for the desk's
 * own steps in a branch (a manager's approval) the branch's lead agency, whose work it decides on.
 */
@Component
class TaskIntervals {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final FigureChanges figureChanges;

    TaskIntervals(JdbcClient jdbc, Clock clock, FigureChanges figureChanges) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.figureChanges = figureChanges;
    }

    void created(DelegateTask task, Set<String> candidateGroups) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        Optional<CaseKey> key = CaseKey.parse(businessKey);
        if (key.isEmpty()) {
            return; // a process started outside the product has no case to count
        }
        ActorSide side = candidateGroups.isEmpty() ? ActorSide.SYSTEM : ActorSide.ofGroups(candidateGroups);
        String state = key.get() instanceof CaseKey.MonitoringCase monitoring ? monitoring.stateCode()
                : (String) task.getVariable(AssistanceRequestVariables.REQUESTING_STATE.name());
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO task_interval (task_id, case_key, state, process_key, task_key, task_name, assistance_type, "
                        + "side, agency, assignee, created_at, due_at, claimed_at, claim_seconds, is_open) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE)")
                .params(task.getId(), businessKey, state, processKey(task), task.getTaskDefinitionKey(),
                        task.getName() == null ? task.getTaskDefinitionKey() : task.getName(),
                        task.getVariable(AssistanceRequestVariables.ASSISTANCE_TYPE.name()), side.stored(),
                        agencyOf(task, candidateGroups).map(Enum::name).orElse(null), task.getAssignee(), utc(now),
                        utc(task.getDueDate()), task.getAssignee() == null ? null : utc(now),
                        task.getAssignee() == null ? null : 0L)
                .update();
    }

    /** Claimed, handed over or given back: the current assignee; the first claim is when the wait ended. */
    void assigned(DelegateTask task) {
        if (task.getAssignee() == null) {
            jdbc.sql("UPDATE task_interval SET assignee = NULL WHERE task_id = ? AND is_open").param(task.getId()).update();
            return;
        }
        Instant now = clock.instant();
        jdbc.sql("UPDATE task_interval SET assignee = ?, claimed_at = COALESCE(claimed_at, ?), "
                        + "claim_seconds = COALESCE(claim_seconds, ?) WHERE task_id = ? AND is_open")
                .params(task.getAssignee(), utc(now), secondsSinceCreation(task, now), task.getId())
                .update();
    }

    /**
     * Completed with the decision its form submitted, if any, or cancelled with its process. A task
     * completed without a claim waited until it was done.
     */
    void ended(DelegateTask task, boolean completed, String outcome) {
        Instant now = clock.instant();
        long open = secondsSinceCreation(task, now);
        Date due = task.getDueDate();
        Boolean onTime = completed && due != null ? !now.isAfter(due.toInstant()) : null;
        // one statement: the right-hand sides read the row as it was (a completion without a claim waited until now)
        jdbc.sql("UPDATE task_interval SET ended_at = ?, open_seconds = ?, "
                        + "claimed_at = CASE WHEN ? THEN COALESCE(claimed_at, ?) ELSE claimed_at END, "
                        + "claim_seconds = CASE WHEN ? THEN COALESCE(claim_seconds, ?) ELSE claim_seconds END, "
                        + "work_seconds = CASE WHEN claim_seconds IS NOT NULL THEN ? - claim_seconds WHEN ? THEN 0 ELSE NULL END, "
                        + "assignee = COALESCE(?, assignee), is_open = FALSE, completed = ?, on_time = ?, outcome = ? "
                        + "WHERE task_id = ? AND is_open")
                .params(utc(now), open, completed, utc(now), completed, open, open, completed, task.getAssignee(),
                        completed, onTime, outcome, task.getId())
                .update();
        figureChanges.changed(now);
    }

    private static long secondsSinceCreation(DelegateTask task, Instant now) {
        return Math.max(0, Duration.between(task.getCreateTime().toInstant(), now).toSeconds());
    }

    private static Optional<Agency> agencyOf(DelegateTask task, Collection<String> candidateGroups) {
        Optional<Agency> own = candidateGroups.stream().map(Agency::ofGroup).flatMap(Optional::stream).findFirst();
        if (own.isPresent()) {
            return own;
        }
        Object lead = task.getVariable(AssistanceRequestVariables.LEAD_GROUP.name());
        return lead instanceof String group ? Agency.ofGroup(group) : Optional.empty();
    }

    /** The key of the process the task is drawn in: the id of its BPMN process element. */
    private static String processKey(DelegateTask task) {
        ModelElementInstance element = task.getBpmnModelElementInstance();
        while (element != null && !(element instanceof Process)) {
            element = element.getParentElement();
        }
        return element == null ? task.getProcessDefinitionId().split(":")[0] : ((Process) element).getId();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static OffsetDateTime utc(Date date) {
        return date == null ? null : utc(date.toInstant());
    }
}
