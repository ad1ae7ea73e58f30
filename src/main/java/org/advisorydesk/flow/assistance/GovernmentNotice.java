package org.advisorydesk.flow.assistance;

import org.advisorydesk.notification.NotificationKind;
import org.advisorydesk.notification.RequestNotices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Used by the BPMN as {@code ${governmentNotice.send(execution, 'CLARIFICATION_REQUESTED')}}: tells the
 * requesting government what the process needs from it or has done.
 */
@Component("governmentNotice")
public class GovernmentNotice {

    private final RequestNotices notices;

    GovernmentNotice(RequestNotices notices) {
        this.notices = notices;
    }

    public void send(DelegateExecution execution, String kind) {
        notices.toRequestingGovernment(execution.getProcessBusinessKey(), NotificationKind.valueOf(kind));
    }
}
