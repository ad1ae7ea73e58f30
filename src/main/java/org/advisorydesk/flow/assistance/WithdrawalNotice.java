package org.advisorydesk.flow.assistance;

import org.advisorydesk.notification.RequestNotices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Used by the BPMN as {@code ${withdrawalNotice.send(execution)}}, when the government withdraws its request. */
@Component("withdrawalNotice")
public class WithdrawalNotice {

    private final RequestNotices notices;

    WithdrawalNotice(RequestNotices notices) {
        this.notices = notices;
    }

    public void send(DelegateExecution execution) {
        notices.withdrawn(execution.getProcessBusinessKey());
    }
}
