package org.advisorydesk.review;

import java.util.Set;
import java.util.stream.Collectors;

import org.advisorydesk.web.ForbiddenException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;

/**
 * Four eyes on every deliverable: whoever did any of a branch's work may not claim or complete its
 * <em>Approve deliverable</em> task.
 */
@Service
public class FourEyesRule {

    private final HistoryService historyService;

    FourEyesRule(HistoryService historyService) {
        this.historyService = historyService;
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
