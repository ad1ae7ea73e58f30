package org.advisorydesk.task;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.advisorydesk.identity.Groups;
import org.advisorydesk.record.CaseEntry;
import org.advisorydesk.record.CaseKey;
import org.advisorydesk.record.EntryKind;
import org.advisorydesk.request.AssistanceRequestVariables;
import org.advisorydesk.request.StateNames;
import org.advisorydesk.web.Moment;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds, for an open task, what it answers (see {@link ReplyContext}), from the record of its case as
 * the reader may read it: a government never gets more from here than its own record gives it.
 */
@Service
public class TaskContexts {

    private static final String APPROVE = "approve-deliverable";
    private static final String REVIEW_DELIVERABLES = "review-deliverables";

    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final Clock clock;

    TaskContexts(TaskService taskService, ManagementService managementService, IdentityService identityService,
            Clock clock) {
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.clock = clock;
    }

    /**
     * What the task answers, taken from its case's record as the reader may read it ({@code readable}, which
     * the page has read already), so that a government never gets more from here than its record gives it.
     */
    @Transactional(readOnly = true)
    public ReplyContext of(String taskId, String businessKey, List<CaseEntry> readable) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        Optional<CaseKey> key = CaseKey.parse(businessKey);
        if (task == null || key.isEmpty()) {
            return ReplyContext.NONE;
        }
        if (key.get() instanceof CaseKey.MonitoringCase monitoring) {
            return new ReplyContext(List.of(), monitoring(task, monitoring));
        }
        List<CaseEntry> entries = readable;
        List<ReplyContext.Item> items = new ArrayList<>();
        switch (task.getTaskDefinitionKey()) {
            case "provide-clarification" -> CaseEntry.latest(entries, EntryKind.QUESTION_ASKED, e -> true).ifPresent(q ->
                    items.add(new ReplyContext.Item("context.question", q, q.text("text"), List.of(), lapse(task), false)));
            case "answer-question" -> CaseEntry.latest(entries, EntryKind.STEP_COMPLETED,
                    e -> REVIEW_DELIVERABLES.equals(e.text("taskKey")) && e.values().get("reviewQuestion") != null)
                    .ifPresent(q -> items.add(new ReplyContext.Item("context.governmentQuestion", q,
                            String.valueOf(q.values().get("reviewQuestion")), List.of(), null, false)));
            case "consolidate-review", "record-outcome", "consolidate-comments" -> CaseEntry.latest(entries, EntryKind.STEP_COMPLETED,
                    e -> APPROVE.equals(e.text("taskKey")) && task.getProcessInstanceId().equals(e.text("processInstanceId")))
                    .filter(a -> "REJECT".equals(a.values().get("approvalDecision")))
                    .ifPresent(a -> items.add(new ReplyContext.Item("context.rejection", a,
                            a.values().get("approvalComment") == null ? "" : String.valueOf(a.values().get("approvalComment")),
                            List.of(), null, true)));
            case REVIEW_DELIVERABLES, "respond-to-comments" -> {
                entries.stream().filter(e -> e.kind() == EntryKind.DELIVERABLE_RELEASED).forEach(r -> items.add(
                        new ReplyContext.Item("context.released", r, r.text("text"), documents(r), null, false)));
                Optional<CaseEntry> question = CaseEntry.latest(entries, EntryKind.STEP_COMPLETED,
                        e -> REVIEW_DELIVERABLES.equals(e.text("taskKey")) && e.values().get("reviewQuestion") != null);
                CaseEntry.latest(entries, EntryKind.ANSWER_GIVEN, e -> question.map(q -> !e.at().isBefore(q.at())).orElse(true))
                        .ifPresent(a -> items.add(new ReplyContext.Item("context.answer", a, a.text("text"), List.of(), null, false)));
            }
            default -> {
            }
        }
        return new ReplyContext(items, null);
    }

    private static List<ReplyContext.DocumentLink> documents(CaseEntry release) {
        return release.list("documents").stream()
                .map(d -> new ReplyContext.DocumentLink(((Number) d.get("id")).longValue(), String.valueOf(d.get("name")),
                        d.get("version")))
                .toList();
    }

    /** When the request lapses without an answer: the due date of the clarification's lapse timer. */
    private Moment lapse(Task task) {
        Job timer = managementService.createJobQuery().processInstanceId(task.getProcessInstanceId())
                .activityId(AssistanceRequestVariables.CLARIFICATION_LAPSE_EVENT).timers().singleResult();
        return timer == null || timer.getDuedate() == null ? null : Moment.of(timer.getDuedate().toInstant());
    }

    private ReplyContext.Monitoring monitoring(Task task, CaseKey.MonitoringCase key) {
        Map<String, Object> variables = taskService.getVariables(task.getId());
        Instant due = variables.get("reportDue") instanceof Date date ? date.toInstant() : null;
        Instant now = clock.instant();
        long overdue = due == null || !due.isBefore(now) ? 0 : Duration.between(due, now).toDays();
        List<String> focalPoints = identityService.createUserQuery().memberOfGroup(Groups.government(key.stateCode()))
                .list().stream().map(TaskContexts::named).sorted().toList();
        // a report is due on a day, the same everywhere: shown as a date in the reader's language
        LocalDate dueOn = due == null ? null : LocalDate.ofInstant(due, ZoneOffset.UTC);
        return new ReplyContext.Monitoring(key.stateCode(), StateNames.name(key.stateCode(), LocaleContextHolder.getLocale()),
                key.instrument(), variables.get("reportKind") == null ? null : String.valueOf(variables.get("reportKind")),
                dueOn, dueOn == null ? null : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(LocaleContextHolder.getLocale()).format(dueOn),
                overdue, focalPoints);
    }

    private static String named(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        String shown = name.isEmpty() ? user.getId() : name;
        return user.getEmail() == null ? shown : shown + " <" + user.getEmail() + ">";
    }
}
