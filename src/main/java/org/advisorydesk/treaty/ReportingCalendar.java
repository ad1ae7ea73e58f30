package org.advisorydesk.treaty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.advisorydesk.request.StateNames;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting calendar across States and instruments: every party's next report due in a window,
 * every overdue one, and the seeded parties whose report history is to verify, each with the open
 * monitoring task behind it. A handful of queries whatever the number of States.
 */
@Service
public class ReportingCalendar {

    private final TreatyRegister register;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final Clock clock;

    ReportingCalendar(TreatyRegister register, RuntimeService runtimeService, TaskService taskService, Clock clock) {
        this.register = register;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.clock = clock;
    }

    /** The rows due from {@code from} to {@code to}, overdue ones and those to verify, soonest first. */
    @Transactional(readOnly = true)
    public List<TreatyViews.CalendarRow> between(LocalDate from, LocalDate to, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Task> tasks = openTasksByCase();
        return register.schedules().stream()
                .filter(s -> s.next() != null)
                .filter(s -> !s.participation().reportHistoryRecorded() || s.next().due().isBefore(today)
                        || (!s.next().due().isBefore(from) && !s.next().due().isAfter(to)))
                .map(s -> {
                    Participation p = s.participation();
                    Task task = tasks.get(TreatyMonitoringProcess.businessKey(p.state(), p.instrument()));
                    boolean toVerify = !p.reportHistoryRecorded();
                    LocalDate due = s.next().due();
                    return new TreatyViews.CalendarRow(p.state(), StateNames.name(p.state(), locale), p.instrument(),
                            s.next().kind(), due, !toVerify && due.isBefore(today) ? ChronoUnit.DAYS.between(due, today) : null,
                            toVerify, task == null ? null : task.getId(), task == null ? null : task.getTaskDefinitionKey());
                })
                .sorted(Comparator.comparing(TreatyViews.CalendarRow::toVerify)
                        .thenComparing(TreatyViews.CalendarRow::due).thenComparing(TreatyViews.CalendarRow::name))
                .toList();
    }

    private Map<String, Task> openTasksByCase() {
        Map<String, String> businessKeys = new HashMap<>();
        runtimeService.createProcessInstanceQuery().processDefinitionKey(TreatyMonitoringVariables.PROCESS_KEY).list()
                .forEach(i -> businessKeys.put(i.getId(), i.getBusinessKey()));
        Map<String, Task> tasks = new HashMap<>();
        taskService.createTaskQuery().processDefinitionKey(TreatyMonitoringVariables.PROCESS_KEY).active()
                .orderByTaskCreateTime().asc().list()
                .forEach(t -> tasks.putIfAbsent(businessKeys.get(t.getProcessInstanceId()), t));
        return tasks;
    }
}
