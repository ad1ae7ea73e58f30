package org.advisorydesk.task;

import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.identity.EngineAuthentication;
import org.advisorydesk.identity.Groups;
import org.advisorydesk.kernel.ProcessVariable;
import org.advisorydesk.notification.Notifications;
import org.advisorydesk.record.ActorSide;
import org.advisorydesk.record.CaseKey;
import org.advisorydesk.record.CaseRecord;
import org.advisorydesk.record.EntryKind;
import org.advisorydesk.request.AssistanceRequestVariables;
import org.advisorydesk.request.Deadlines;
import org.advisorydesk.treaty.TreatyMonitoringVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * What happens to every user task. On creation its form's fields become variables of the task itself
 * (so that each round keeps what was submitted in it and no later round inherits an earlier one's
 * texts; a field kept on rework starts from the previous round's text), staff work gets a due date and
 * its group is told. On completion the step is written in its case's record with exactly the values
 * submitted in it, the decisions the process reads are handed to the process, and what the form
 * addresses to the government is written as entries of their own.
 */
@Component
class TaskLifecycle {

    private static final Set<String> FORM_OUTPUTS = Stream.of(AssistanceRequestVariables.FORM_OUTPUTS,
                    TreatyMonitoringVariables.FORM_OUTPUTS)
            .flatMap(List::stream).map(ProcessVariable::name).collect(Collectors.toUnmodifiableSet());

    private final Deadlines deadlines;
    private final CaseRecord record;
    private final FormDefinitions formDefinitions;
    private final EngineAuthentication engineAuthentication;
    private final Notifications notifications;
    private final Clock clock;
    private final TaskIntervals intervals;
    private final OpenTasks openTasks;

    TaskLifecycle(Deadlines deadlines, CaseRecord record, FormDefinitions formDefinitions,
            EngineAuthentication engineAuthentication, Notifications notifications, Clock clock,
            TaskIntervals intervals, OpenTasks openTasks) {
        this.intervals = intervals;
        this.openTasks = openTasks;
        this.notifications = notifications;
        this.deadlines = deadlines;
        this.record = record;
        this.formDefinitions = formDefinitions;
        this.engineAuthentication = engineAuthentication;
        this.clock = clock;
    }

    void created(DelegateTask task) {
        formOf(task).ifPresent(form -> startFields(task, form));
        Set<String> groups = candidateGroups(task);
        if (!isStaffTask(groups)) {
            intervals.created(task, groups);
            openTasks.created(task, groups);
            return; // the government hears of its tasks through the process's own notices
        }
        if (task.getDueDate() == null) {
            task.setDueDate(Date.from(clock.instant().plus(deadlines.staffTaskPeriod(task.getTaskDefinitionKey()))));
        }
        intervals.created(task, groups);
        openTasks.created(task, groups);
        String reference = task.getExecution().getProcessBusinessKey();
        groups.forEach(group -> notifications.newWork(group, reference, task.getName()));
    }

    /**
     * Every field starts empty, or, when kept on rework, with this branch's previous text (a variable of
     * the task); what an earlier round left on the process under a field's name is removed, so that
     * nothing this task did not submit can pass for its own. Empty fields get no variable: an open task
     * carries none it does not need (the engine's task queries join the variables table).
     */
    private void startFields(DelegateTask task, FormSchema form) {
        Map<String, Object> previous = form.fields().stream().anyMatch(FormSchema.Field::keptOnRework)
                ? previousValues(task) : Map.of();
        for (FormSchema.Field field : form.fields()) {
            if (field.keptOnRework() && previous.get(field.key()) != null) {
                task.setVariableLocal(field.key(), previous.get(field.key()));
            }
            if (task.getExecution().hasVariable(field.key())) {
                task.getExecution().removeVariable(field.key());
            }
        }
    }

    private Map<String, Object> previousValues(DelegateTask task) {
        return CaseKey.parse(task.getExecution().getProcessBusinessKey())
                .flatMap(key -> record.latest(key, EntryKind.STEP_COMPLETED,
                        e -> task.getTaskDefinitionKey().equals(e.text("taskKey"))
                                && task.getProcessInstanceId().equals(e.text("processInstanceId"))))
                .map(e -> e.values())
                .orElse(Map.of());
    }

    /** Records the step with what was submitted in it, and hands the process the decisions it reads. */
    void completed(DelegateTask task) {
        Optional<FormSchema> form = formOf(task);
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> released = new LinkedHashMap<>();
        String decision = null;
        for (FormSchema.Field field : form.map(FormSchema::fields).orElse(List.of())) {
            Object value = submitted(task, field.key());
            if (FORM_OUTPUTS.contains(field.key()) && value != null) {
                // a decision the process reads; one not submitted stays absent (startFields removed the old one)
                task.getExecution().setVariable(field.key(), value);
                decision = decision == null ? String.valueOf(value) : decision;
            }
            if (value != null && !String.valueOf(value).isBlank()) {
                values.put(field.key(), value);
                if (field.releasedWithDeliverable()) {
                    released.put(field.key(), value);
                }
            }
        }
        intervals.ended(task, true, decision);
        openTasks.ended(task);
        Optional<CaseKey> key = CaseKey.parse(task.getExecution().getProcessBusinessKey());
        if (key.isEmpty()) {
            return; // a process started outside the product (Tasklist, say) has no case to record
        }
        String actor = task.getAssignee() != null ? task.getAssignee()
                : engineAuthentication.currentUserId().orElse(null);
        ActorSide side = sideOf(task);
        Object assistanceType = task.getVariable(AssistanceRequestVariables.ASSISTANCE_TYPE.name());
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("taskKey", task.getTaskDefinitionKey());
        step.put("taskName", task.getName());
        step.put("formId", form.map(FormSchema::id).orElse(null));
        step.put("processInstanceId", task.getProcessInstanceId());
        step.put("assistanceType", assistanceType);
        step.put("values", values);
        if (!released.isEmpty()) {
            step.put("release", released);
        }
        record.append(key.get(), EntryKind.STEP_COMPLETED, actor, side, step);
        for (FormSchema.Field field : form.map(FormSchema::fields).orElse(List.of())) {
            if (field.addressedToGovernment() && values.containsKey(field.key())) {
                Map<String, Object> addressed = new LinkedHashMap<>();
                addressed.put("taskKey", task.getTaskDefinitionKey());
                addressed.put("field", field.key());
                addressed.put("text", values.get(field.key()));
                addressed.put("assistanceType", assistanceType);
                record.append(key.get(), EntryKind.valueOf(field.properties().get("entry")), actor, side, addressed);
            }
        }
    }

    /** Claimed, handed over or given back. */
    void assigned(DelegateTask task) {
        intervals.assigned(task);
        openTasks.assigned(task);
    }

    /** A property of the open task changed (its due date, say). */
    void updated(DelegateTask task) {
        openTasks.updated(task);
    }

    /** Ended without completion: its process was withdrawn, or a timer or message moved past it. */
    void deleted(DelegateTask task) {
        intervals.ended(task, false, null);
        openTasks.ended(task);
    }

    /**
     * What the task's form submitted for a field. The product's pages and API set the values on the task
     * itself; Tasklist and the engine's REST API set them on the process, where nothing of an earlier
     * round is left (see {@link #startFields}), so one found there was submitted now, even over a text
     * kept from the previous round: it moves onto the task, so that the process keeps only the decisions
     * it reads.
     */
    private static Object submitted(DelegateTask task, String key) {
        if (!task.getExecution().hasVariable(key)) {
            return task.getVariableLocal(key);
        }
        Object onProcess = task.getExecution().getVariable(key);
        task.setVariableLocal(key, onProcess);
        task.getExecution().removeVariable(key);
        return onProcess;
    }

    /** The side the work was done for: the task's group (an agency, the coordinators...), else the user's. */
    private ActorSide sideOf(DelegateTask task) {
        Set<String> groups = candidateGroups(task);
        if (!groups.isEmpty()) {
            return ActorSide.ofGroups(groups);
        }
        return engineAuthentication.currentUser().map(CurrentUser::groups).map(ActorSide::ofGroups)
                .orElse(ActorSide.SYSTEM);
    }

    private Optional<FormSchema> formOf(DelegateTask task) {
        UserTask element = task.getBpmnModelElementInstance();
        String formId = element == null ? null : element.getCamundaFormRef();
        return formId == null ? Optional.empty() : Optional.of(formDefinitions.schema(formId));
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
