package org.advisorydesk.task;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.advisorydesk.identity.EngineAuthentication;
import org.advisorydesk.identity.Groups;
import org.advisorydesk.notification.Notifications;
import org.advisorydesk.request.Deadlines;
import org.advisorydesk.request.RequestService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * What happens to every user task: staff work gets a due date and its group is told; every completion
 * is a step in the request's history.
 */
@Component
class TaskLifecycle {

    static final String STEP_EVENT = "STEP";
    private static final int SHOWN_TEXT = 300;

    private final Deadlines deadlines;
    private final RequestService requests;
    private final TaskForms forms;
    private final EngineAuthentication engineAuthentication;
    private final Notifications notifications;

    TaskLifecycle(Deadlines deadlines, RequestService requests, TaskForms forms,
            EngineAuthentication engineAuthentication, Notifications notifications) {
        this.notifications = notifications;
        this.deadlines = deadlines;
        this.requests = requests;
        this.forms = forms;
        this.engineAuthentication = engineAuthentication;
    }

    void created(DelegateTask task) {
        Set<String> groups = candidateGroups(task);
        if (!isStaffTask(groups)) {
            return; // the government hears of its tasks through the process's own notices
        }
        if (task.getDueDate() == null) {
            Date now = ClockUtil.getCurrentTime();
            task.setDueDate(Date.from(now.toInstant().plus(deadlines.staffTaskPeriod(task.getTaskDefinitionKey()))));
        }
        String reference = task.getExecution().getProcessBusinessKey();
        groups.forEach(group -> notifications.newWork(group, reference, task.getName()));
    }

    /** Records the step with the choices and texts entered in its form. */
    void completed(DelegateTask task) {
        String reference = task.getExecution().getProcessBusinessKey();
        if (reference == null || requests.byReference(Set.of(reference)).isEmpty()) {
            return; // not a request's task (treaty monitoring keeps no request history)
        }
        String actor = task.getAssignee() != null ? task.getAssignee() : engineAuthentication.currentUserId().orElse(null);
        requests.recordEvent(reference, actor, STEP_EVENT, describe(task));
    }

    private String describe(DelegateTask task) {
        List<String> parts = new ArrayList<>();
        for (FormSchema.Field field : formOf(task)) {
            Object value = task.getVariable(field.key());
            if (value != null && !String.valueOf(value).isBlank()) {
                String text = String.valueOf(value);
                parts.add(field.key() + HistoryTexts.VALUE_SEPARATOR + (text.length() > SHOWN_TEXT ? text.substring(0, SHOWN_TEXT) + "…" : text));
            }
        }
        return task.getName() + (parts.isEmpty() ? "" : HistoryTexts.NAME_SEPARATOR + String.join(HistoryTexts.FIELD_SEPARATOR, parts));
    }

    private List<FormSchema.Field> formOf(DelegateTask task) {
        try {
            return forms.of(task.getId(), task.getProcessDefinitionId(), task.getTaskDefinitionKey()).fields();
        } catch (RuntimeException noForm) {
            return List.of();
        }
    }

    private static Set<String> candidateGroups(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .collect(Collectors.toSet());
    }

    /** Government tasks have the government's own deadlines (clarification lapses), not staff due dates. */
    static boolean isStaffTask(Set<String> candidateGroups) {
        return !candidateGroups.isEmpty() && candidateGroups.stream().noneMatch(g -> Groups.stateOf(g).isPresent());
    }
}
