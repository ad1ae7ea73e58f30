package org.advisorydesk.review;

import java.util.Set;
import java.util.stream.Collectors;

import org.advisorydesk.web.ForbiddenException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;

/**
 * Four eyes on every deliverable: whoever did any of a branch's work may not claim or complete its
 * <em>Approve deliverable</em> task.
 */
@Service
public class FourEyesRule {

    private final HistoryService historyService;
    private final TaskService taskService;

    FourEyesRule(HistoryService historyService, TaskService taskService) {
        this.historyService = historyService;
        this.taskService = taskService;
    }

    /**
     * Whether the rule would refuse {@code userId} on the open approval task {@code approvalTaskId}: the
     * page says so before anything is submitted; the engine still enforces it ({@link #checkApprover}).
     */
    public boolean refuses(String approvalTaskId, String userId) {
        Task task = taskService.createTaskQuery().taskId(approvalTaskId).singleResult();
        return task != null
                && workersOfBranch(task.getProcessInstanceId(), task.getTaskDefinitionKey()).contains(userId);
    }

    /**
     * Refuses the approver of the branch (the process instance {@code branchInstanceId}) if they
     * completed any of its tasks other than approvals ({@code approvalTaskKey}).
     */
    public void checkApprover(String branchInstanceId, String approvalTaskKey, String approver) {
        if (workersOfBranch(branchInstanceId, approvalTaskKey).contains(approver)) {
            throw new ForbiddenException("You did work on this deliverable, so another manager must approve it.");
        }
    }

    private Set<String> workersOfBranch(String branchInstanceId, String approvalTaskKey) {
        return historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(branchInstanceId)
                .finished()
                .list().stream()
                .filter(t -> !t.getTaskDefinitionKey().equals(approvalTaskKey))
                .map(HistoricTaskInstance::getAssignee)
                .filter(a -> a != null)
                .collect(Collectors.toSet());
    }
}
