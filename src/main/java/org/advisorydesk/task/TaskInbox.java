package org.advisorydesk.task;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.identity.EngineAuthentication;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.AssistanceRequestVariables;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.web.ConflictException;
import org.advisorydesk.web.ForbiddenException;
import org.advisorydesk.web.InvalidInputException;
import org.advisorydesk.web.NotFoundException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open tasks of a user: those assigned to them and those of their groups. A task outside them does
 * not exist for the user (404); a task someone else holds cannot be taken or completed (409).
 */
@Service
public class TaskInbox {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final TaskForms forms;
    private final RequestService requests;
    private final EngineAuthentication engineAuthentication;
    private final IdentityService identityService;

    TaskInbox(TaskService taskService, RuntimeService runtimeService, TaskForms forms,
            RequestService requests, EngineAuthentication engineAuthentication,
            IdentityService identityService) {
        this.identityService = identityService;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.forms = forms;
        this.requests = requests;
        this.engineAuthentication = engineAuthentication;
    }

    @Transactional(readOnly = true)
    public List<WorkTask> openTasks(CurrentUser user) {
        List<Task> tasks = visibleTo(user).initializeFormKeys()
                .orderByTaskCreateTime().asc().list();
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> referenceByInstance = instanceIds.isEmpty() ? Map.of()
                : runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                        .collect(Collectors.toMap(ProcessInstance::getId, p -> String.valueOf(p.getBusinessKey())));
        Map<String, AssistanceRequest> requestByReference = requests.byReference(Set.copyOf(referenceByInstance.values()));
        Map<String, String> typeByInstance = processVariable(instanceIds, AssistanceRequestVariables.ASSISTANCE_TYPE);
        Map<String, String> stateByInstance = processVariable(instanceIds, AssistanceRequestVariables.REQUESTING_STATE);
        return tasks.stream().map(task -> {
            String reference = referenceByInstance.get(task.getProcessInstanceId());
            AssistanceRequest request = requestByReference.get(reference);
            return new WorkTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), reference,
                    request == null ? stateByInstance.get(task.getProcessInstanceId()) : request.requestingState(),
                    request == null ? null : request.title(),
                    typeByInstance.get(task.getProcessInstanceId()),
                    instant(task.getCreateTime()), instant(task.getDueDate()), task.getAssignee(),
                    task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey());
        }).toList();
    }

    /** A text variable of each process instance among these that has it at process level. */
    private Map<String, String> processVariable(Set<String> instanceIds, String name) {
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        return runtimeService.createVariableInstanceQuery()
                .processInstanceIdIn(instanceIds.toArray(String[]::new))
                .variableName(name)
                .list().stream()
                .filter(v -> v.getExecutionId().equals(v.getProcessInstanceId()) && v.getValue() instanceof String)
                .collect(Collectors.toMap(VariableInstance::getProcessInstanceId, v -> (String) v.getValue(), (a, b) -> a));
    }

    @Transactional
    public void claim(CurrentUser user, String taskId) {
        Task task = visibleTask(user, taskId);
        if (user.id().equals(task.getAssignee())) {
            return;
        }
        requireFree(task);
        engine(user, () -> taskService.claim(taskId, user.id()));
    }

    @Transactional
    public void unclaim(CurrentUser user, String taskId) {
        Task task = visibleTask(user, taskId);
        if (task.getAssignee() == null) {
            return;
        }
        if (!user.id().equals(task.getAssignee())) {
            throw new ConflictException("The task is held by " + task.getAssignee() + "; only they can give it back.");
        }
        engine(user, () -> taskService.setAssignee(taskId, null));
    }

    /** Completes the task with form values checked against the task's form; takes it first when free. */
    @Transactional
    public void complete(CurrentUser user, String taskId, Map<String, Object> submission) {
        Task task = visibleTask(user, taskId);
        if (task.getAssignee() != null && !user.id().equals(task.getAssignee())) {
            throw new ConflictException("The task is held by " + task.getAssignee() + ".");
        }
        Map<String, Object> variables = forms.of(taskId, task.getProcessDefinitionId(), task.getTaskDefinitionKey())
                .validate(submission);
        engine(user, () -> {
            if (task.getAssignee() == null) {
                taskService.claim(taskId, user.id());
            }
            taskService.complete(taskId, variables);
        });
    }

    /**
     * Hands the task over to a colleague who may do it (a member of one of its groups). The holder
     * hands over; a free task may be handed over by any member of its groups.
     */
    @Transactional
    public void handOver(CurrentUser user, String taskId, String colleague) {
        Task task = visibleTask(user, taskId);
        if (task.getAssignee() != null && !user.id().equals(task.getAssignee())) {
            throw new ConflictException("The task is held by " + task.getAssignee() + "; only they can hand it over.");
        }
        Set<String> taskGroups = taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).collect(Collectors.toSet());
        boolean mayDoIt = !taskGroups.isEmpty() && identityService.createGroupQuery().groupMember(colleague).list().stream()
                .anyMatch(group -> taskGroups.contains(group.getId()));
        if (!mayDoIt) {
            throw new InvalidInputException("userId", "must be a colleague in one of the task's groups " + taskGroups);
        }
        engine(user, () -> taskService.setAssignee(taskId, colleague));
    }

    /** A comment on a task, kept in its request's history. */
    @Transactional
    public void comment(CurrentUser user, String taskId, String text) {
        Task task = visibleTask(user, taskId);
        String reference = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
        requests.recordEvent(reference, user.id(), RequestService.COMMENT_EVENT, "On " + task.getName() + ": " + text.strip());
    }

    private Task visibleTask(CurrentUser user, String taskId) {
        Task task = visibleTo(user).taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("No task " + taskId + ".");
        }
        return task;
    }

    private TaskQuery visibleTo(CurrentUser user) {
        TaskQuery query = taskService.createTaskQuery().active();
        if (user.groups().isEmpty()) {
            return query.taskAssignee(user.id());
        }
        return query.or().taskAssignee(user.id()).taskCandidateGroupIn(user.groupList()).includeAssignedTasks()
                .endOr();
    }

    private void requireFree(Task task) {
        if (task.getAssignee() != null) {
            throw new ConflictException("The task is already held by " + task.getAssignee() + ".");
        }
    }

    /** Runs engine work as the user and lets a rule broken inside the engine reach the client as itself. */
    private void engine(CurrentUser user, Runnable work) {
        try {
            engineAuthentication.as(user, work);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ForbiddenException || cause instanceof InvalidInputException
                        || cause instanceof ConflictException) {
                    throw (RuntimeException) cause;
                }
            }
            throw e;
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
