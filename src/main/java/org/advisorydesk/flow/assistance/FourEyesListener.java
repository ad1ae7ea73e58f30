package org.advisorydesk.flow.assistance;

import org.advisorydesk.review.FourEyesRule;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The {@link FourEyesRule} on each branch's <em>Approve deliverable</em> task, as its assignment and
 * complete listener: a task listener, so the rule holds on every path into the engine (our API,
 * Camunda Tasklist, engine REST).
 */
@Component("fourEyes")
class FourEyesListener implements TaskListener {

    private final FourEyesRule rule;
    private final IdentityService identityService;

    FourEyesListener(FourEyesRule rule, IdentityService identityService) {
        this.rule = rule;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        String approver = approver(task);
        if (approver != null) {
            rule.checkApprover(task.getProcessInstanceId(), task.getTaskDefinitionKey(), approver);
        }
    }

    /** The assignee, else whoever completes the task unclaimed. */
    private String approver(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
