package org.advisorydesk.notification;

import java.util.Set;

import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Used by the BPMN as {@code ${governmentNotice.send(execution, 'CLARIFICATION_REQUESTED')}}: tells the
 * requesting government (its focal points and the request's contact address) what the process needs
 * from it or has done, with the text the government should read (the question, the reason, ...).
 */
@Component("governmentNotice")
public class GovernmentNotice {

    private final Notifications notifications;
    private final RequestService requests;

    GovernmentNotice(Notifications notifications, RequestService requests) {
        this.notifications = notifications;
        this.requests = requests;
    }

    public void send(DelegateExecution execution, String kind) {
        String reference = execution.getProcessBusinessKey();
        AssistanceRequest request = requests.byReference(Set.of(reference)).get(reference);
        NotificationKind notificationKind = NotificationKind.valueOf(kind);
        notifications.toGovernment(request.requestingState(), request.contactEmail(), reference, notificationKind,
                detail(execution, notificationKind));
    }

    private static String detail(DelegateExecution execution, NotificationKind kind) {
        Object detail = switch (kind) {
            case CLARIFICATION_REQUESTED, CLARIFICATION_REMINDER -> execution.getVariable("clarificationQuestion");
            case REQUEST_REJECTED -> execution.getVariable("screeningNote");
            default -> null;
        };
        return detail == null ? "" : detail.toString();
    }
}
