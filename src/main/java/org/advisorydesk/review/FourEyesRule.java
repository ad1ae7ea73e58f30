package org.advisorydesk.review;

import java.util.Set;
import java.util.stream.Collectors;

import org.advisorydesk.web.ForbiddenException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Four eyes on every deliverable: whoever did any of a branch's work may not claim or complete its
 * <em>Approve deliverable</em> task. A task listener, so the rule holds on every path into the engine
 * (our API, Camunda Tasklist, engine REST).
 */
@Component("fourEyes")
class FourEyesRule implements TaskListener {

    private final HistoryService historyService;
    private final IdentityService identityService;

    FourEyesRule(HistoryService historyService, IdentityService identityService) {
        this.historyService = historyService;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        String approver = approver(task);
        if (approver != null && workersOfBranch(task).contains(approver)) {
            throw new ForbiddenException("You did work on this deliverable, so another manager must approve it.");
        }
    }

    private String approver(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    /** Everyone who completed a task of this branch's process instance, other than approvals. */
    private Set<String> workersOfBranch(DelegateTask task) {
        return historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .finished()
                .list().stream()
                .filter(t -> !t.getTaskDefinitionKey().equals(task.getTaskDefinitionKey()))
                .map(HistoricTaskInstance::getAssignee)
                .filter(a -> a != null)
                .collect(Collectors.toSet());
    }
}
