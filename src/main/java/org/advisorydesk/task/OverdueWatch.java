package org.advisorydesk.task;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.advisorydesk.notification.Notifications;
import org.advisorydesk.request.RequestService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RequestService requests;
    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    OverdueWatch(TaskService taskService, RuntimeService runtimeService, RequestService requests,
            Notifications notifications, JdbcClient jdbc, TransactionTemplate transaction) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.requests = requests;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Tells the managers of every task newly found overdue; returns how many there were. */
    @Scheduled(fixedDelayString = "${advisorydesk.deadlines.overdue-check-interval:PT5M}", initialDelayString = "PT1M")
    public int check() {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        List<Task> overdue = taskService.createTaskQuery().active().dueBefore(Date.from(now)).list();
        int told = 0;
        for (Task task : overdue) {
            Boolean newlyOverdue = transaction.execute(status -> notice(task, now));
            if (Boolean.TRUE.equals(newlyOverdue)) {
                told++;
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
        String reference = instance == null ? null : instance.getBusinessKey();
        if (reference == null) {
            return false;
        }
        try {
            jdbc.sql("INSERT INTO overdue_task (task_id, reference, task_name, due, noticed_at) VALUES (?, ?, ?, ?, ?)")
                    .params(task.getId(), reference, task.getName(), task.getDueDate().toInstant().atOffset(ZoneOffset.UTC),
                            now.atOffset(ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException anotherNodeWasFaster) {
            return false;
        }
        requests.markOverdue(reference, task.getName());
        notifications.overdue(reference, task.getName(), task.getDueDate().toInstant());
        return true;
    }
}
