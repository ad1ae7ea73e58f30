package org.advisorydesk.task;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.identity.EngineAuthentication;
import org.advisorydesk.kernel.StorableTexts;
import org.advisorydesk.record.CaseKey;
import org.advisorydesk.record.CaseRecord;
import org.advisorydesk.record.EntryKind;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.web.ConflictException;
import org.advisorydesk.web.ForbiddenException;
import org.advisorydesk.web.InvalidInputException;
import org.advisorydesk.web.NotFoundException;
import org.advisorydesk.web.RaceConflicts;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

/**
 * The open tasks of a user: those assigned to them and those of their groups. A task outside them does
 * not exist for the user (404); a task someone else holds cannot be taken or completed (409).
 */
@Service
public class TaskInbox {

    private final TaskService taskService;
    private final TaskForms forms;
    private final RequestService requests;
    private final EngineAuthentication engineAuthentication;
    private final IdentityService identityService;
    private final TaskList taskList;
    private final FormDefinitions formDefinitions;
    private final CaseRecord record;
    private final HistoryService historyService;

    TaskInbox(TaskService taskService, TaskForms forms,
            RequestService requests, EngineAuthentication engineAuthentication,
            IdentityService identityService, TaskList taskList, FormDefinitions formDefinitions,
            CaseRecord record, HistoryService historyService) {
        this.record = record;
        this.historyService = historyService;
        this.formDefinitions = formDefinitions;
        this.identityService = identityService;
        this.taskList = taskList;
        this.taskService = taskService;
        this.forms = forms;
        this.requests = requests;
        this.engineAuthentication = engineAuthentication;
    }

    /** The user's open tasks, oldest first, from the task list's read model. */
    @Transactional(readOnly = true)
    public List<WorkTask> openTasks(CurrentUser user) {
        return taskList.ofUser(user);
    }

    /** The user's open tasks on one request (its process and the branches it calls share its reference). */
    @Transactional(readOnly = true)
    public List<WorkTask> openTasks(CurrentUser user, String reference) {
        return taskList.ofCase(user, reference);
    }

    /**
     * One open task for its page: a task of the user or their groups, or, read-only, any task for those
     * who see all requests (managers, coordinators, administrators); otherwise 404.
     */
    @Transactional(readOnly = true)
    public OpenTask open(CurrentUser user, String taskId) {
        boolean actionable = taskList.mayWorkOn(user, taskId);
        Task task = actionable || user.seesAllRequests() ? activeTask(taskId) : null;
        WorkTask shown = task == null ? null : taskList.one(taskId).orElse(null);
        if (shown == null) {
            throw new NotFoundException("No task " + taskId + ".");
        }
        List<String> groups = candidateGroups(taskId).stream().sorted().toList();
        List<String> colleagues = groups.stream()
                .flatMap(group -> identityService.createUserQuery().memberOfGroup(group).list().stream())
                .map(org.camunda.bpm.engine.identity.User::getId)
                .filter(id -> !id.equals(user.id()))
                .distinct().sorted().toList();
        return new OpenTask(shown, groups, colleagues, actionable);
    }

    /**
     * Refuses a caller who may not work on the task, as its changes do: {@code 404}, or {@code 409} when
     * it ended meanwhile (checked before anything the caller sent is read, {@link TaskPathAccess}).
     */
    @Transactional(readOnly = true)
    public void requireWorkable(CurrentUser user, String taskId) {
        visibleTask(user, taskId);
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
        complete(user, visibleTask(user, taskId), submission);
    }

    /**
     * Completes the task with what a page's form sent, typed as the task's form expects its values (a
     * page sends text), and answers the reference of the request the task belongs to.
     */
    @Transactional
    public String completeFromPage(CurrentUser user, String taskId, MultiValueMap<String, String> params) {
        Task task = taskList.mayWorkOn(user, taskId) ? activeTask(taskId) : null;
        if (task == null) {
            throw endedMeanwhile(user, taskId) ? RaceConflicts.taskGone() : new NotFoundException("No task " + taskId + ".");
        }
        String reference = referenceOf(task);
        complete(user, task, task.getCamundaFormRef() == null ? Map.of()
                : formDefinitions.submission(task.getCamundaFormRef().getKey(), params));
        return reference;
    }

    private void complete(CurrentUser user, Task task, Map<String, Object> submission) {
        String taskId = task.getId();
        if (task.getAssignee() != null && !user.id().equals(task.getAssignee())) {
            throw new ConflictException("conflict.taskTaken", "The task is held by " + task.getAssignee() + ".");
        }
        Map<String, Object> variables = forms.of(taskId, task.getProcessDefinitionId(), task.getTaskDefinitionKey())
                .validate(submission);
        if (CaseKey.parse(referenceOf(task)).orElse(null) instanceof CaseKey.RequestCase request) {
            requests.lockOpen(request.reference());
        }
        engine(user, () -> {
            if (task.getAssignee() == null) {
                taskService.claim(taskId, user.id());
            }
            // the values belong to this task (this round); the lifecycle hands the process its decisions
            taskService.setVariablesLocal(taskId, StorableTexts.of(variables));
            taskService.complete(taskId);
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
        Set<String> taskGroups = candidateGroups(taskId);
        boolean mayDoIt = !taskGroups.isEmpty() && identityService.createGroupQuery().groupMember(colleague).list().stream()
                .anyMatch(group -> taskGroups.contains(group.getId()));
        if (!mayDoIt) {
            throw new InvalidInputException("userId", "must be a colleague in one of the task's groups " + taskGroups);
        }
        engine(user, () -> taskService.setAssignee(taskId, colleague));
    }

    /**
     * What the task's form holds now, as a page shows it: the texts a task kept on rework starts from
     * (see {@link TaskLifecycle}), nothing for a task that starts empty.
     */
    @Transactional(readOnly = true)
    public MultiValueMap<String, String> formValues(String taskId) {
        MultiValueMap<String, String> values = new org.springframework.util.LinkedMultiValueMap<>();
        taskService.getVariablesLocal(taskId).forEach((name, value) -> {
            if (value instanceof java.util.Collection<?> list) {
                list.forEach(v -> values.add(name, String.valueOf(v)));
            } else if (value != null) {
                values.add(name, String.valueOf(value));
            }
        });
        return values;
    }

    /**
     * A comment on a task, kept in the record of its case (a request or a monitoring case): among staff,
     * unless it is addressed to the requesting government.
     */
    @Transactional
    public void comment(CurrentUser user, String taskId, String text, boolean toGovernment) {
        Task task = visibleTask(user, taskId);
        CaseKey key = CaseKey.parse(referenceOf(task))
                .orElseThrow(() -> new NotFoundException("Task " + taskId + " belongs to no case."));
        Map<String, Object> payload = new java.util.LinkedHashMap<>();
        payload.put("text", text.strip());
        payload.put("taskKey", task.getTaskDefinitionKey());
        payload.put("taskName", task.getName());
        // only a request has a government reading its record
        if (toGovernment && key instanceof CaseKey.RequestCase && !user.isGovernment()) {
            payload.put("toGovernment", true);
        }
        record.append(key, EntryKind.COMMENT, user, payload);
    }

    /** The business key of the task's process: its request's reference (the branches share it). */
    /**
     * The key of the task's case, from the engine's history: it outlives the process instance, which a
     * withdrawal may have ended since the task was read (the lock taken next then says so, a 409).
     */
    private String referenceOf(Task task) {
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        if (instance == null) {
            throw RaceConflicts.taskGone();
        }
        return instance.getBusinessKey();
    }

    private Set<String> candidateGroups(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).collect(Collectors.toSet());
    }

    private Task visibleTask(CurrentUser user, String taskId) {
        Task task = taskList.mayWorkOn(user, taskId) ? activeTask(taskId) : null;
        if (task == null) {
            throw endedMeanwhile(user, taskId) ? RaceConflicts.taskGone() : new NotFoundException("No task " + taskId + ".");
        }
        return task;
    }

    /**
     * Whether the task was the user's or their groups' and has ended: someone else completed it (or
     * its work ended) before this call, a conflict; a task the user never could act on stays unknown.
     */
    private boolean endedMeanwhile(CurrentUser user, String taskId) {
        HistoricTaskInstance ended = historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
        if (ended == null) {
            return false;
        }
        return user.id().equals(ended.getAssignee()) || historyService.createHistoricIdentityLinkLogQuery().taskId(taskId)
                .type(IdentityLinkType.CANDIDATE).list().stream()
                .anyMatch(link -> link.getGroupId() != null && user.groups().contains(link.getGroupId()));
    }

    /**
     * The open, active task by its id (the engine's primary key); who may see it is the read model's
     * answer ({@link TaskList#mayWorkOn}), as the engine's candidate rules say.
     */
    private Task activeTask(String taskId) {
        return taskService.createTaskQuery().active().taskId(taskId).initializeFormKeys().singleResult();
    }

    private void requireFree(Task task) {
        if (task.getAssignee() != null) {
            throw new ConflictException("conflict.taskTaken", "The task is already held by " + task.getAssignee() + ".");
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

}
