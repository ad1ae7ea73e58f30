package org.advisorydesk.task;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.advisorydesk.notification.Notifications;
import org.advisorydesk.record.ActorSide;
import org.advisorydesk.record.CaseKey;
import org.advisorydesk.record.CaseRecord;
import org.advisorydesk.record.EntryKind;
import org.advisorydesk.request.RequestService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks for open tasks past their due date. Each one is told to the managers once and marks its
 * request as overdue; the work itself goes on undisturbed. Safe with several nodes: the first to
 * record a task in {@code overdue_task} tells, the others find it recorded.
 */
@Component
public class OverdueWatch {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueWatch.class);

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RequestService requests;
    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final CaseRecord record;
    private final Clock clock;

    OverdueWatch(TaskService taskService, RuntimeService runtimeService, RequestService requests,
            Notifications notifications, JdbcClient jdbc, TransactionTemplate transaction, CaseRecord record,
            Clock clock) {
        this.record = record;
        this.clock = clock;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.requests = requests;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Tells the managers of every task newly found overdue; returns how many there were. Each task is
     * noticed in a transaction of its own: one that fails is logged and left for the next look, and
     * never stops the others.
     */
    @Scheduled(fixedDelayString = "${advisorydesk.deadlines.overdue-check-interval:PT5M}", initialDelayString = "PT1M")
    public int check() {
        Instant now = clock.instant();
        List<Task> overdue = taskService.createTaskQuery().active().dueBefore(Date.from(now)).list();
        int told = 0;
        for (Task task : overdue) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(status -> notice(task, now)))) {
                    told++;
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not notice overdue task {} ({}); trying again at the next look", task.getId(),
                        task.getName(), e);
            }
        }
        return told;
    }

    private boolean notice(Task task, Instant now) {
        if (jdbc.sql("SELECT COUNT(*) FROM overdue_task WHERE task_id = ?").param(task.getId()).query(Long.class).single() > 0) {
            return false;
        }
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        Optional<CaseKey> key = CaseKey.parse(instance == null ? null : instance.getBusinessKey());
        if (key.isEmpty()) {
            return false;
        }
        Instant due = task.getDueDate().toInstant();
        try {
            jdbc.sql("INSERT INTO overdue_task (task_id, reference, task_name, due, noticed_at) VALUES (?, ?, ?, ?, ?)")
                    .params(task.getId(), key.get().key(), task.getName(), due.atOffset(ZoneOffset.UTC),
                            now.atOffset(ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException anotherNodeWasFaster) {
            return false;
        }
        if (key.get() instanceof CaseKey.RequestCase request) {
            requests.markOverdue(request.reference(), task.getTaskDefinitionKey(), task.getName(), due);
        } else {
            record.append(key.get(), EntryKind.TASK_OVERDUE, null, ActorSide.SYSTEM,
                    Map.of("taskKey", task.getTaskDefinitionKey(), "taskName", task.getName(), "due", due.toString()));
        }
        notifications.overdue(key.get().key(), task.getName(), due);
        return true;
    }
}
