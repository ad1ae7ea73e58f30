package org.advisorydesk.notification;

import java.util.Set;

import org.advisorydesk.record.CaseKey;
import org.advisorydesk.record.CaseRecord;
import org.advisorydesk.record.EntryKind;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Used by the BPMN as {@code ${governmentNotice.send(execution, 'CLARIFICATION_REQUESTED')}}: tells the
 * requesting government (its focal points and the request's contact address) what the process needs
 * from it or has done, quoting what the record addresses to it (the question, the reason for closing)
 * and nothing else.
 */
@Component("governmentNotice")
public class GovernmentNotice {

    private final Notifications notifications;
    private final RequestService requests;
    private final CaseRecord record;

    GovernmentNotice(Notifications notifications, RequestService requests, CaseRecord record) {
        this.notifications = notifications;
        this.requests = requests;
        this.record = record;
    }

    public void send(DelegateExecution execution, String kind) {
        String reference = execution.getProcessBusinessKey();
        AssistanceRequest request = requests.byReference(Set.of(reference)).get(reference);
        NotificationKind notificationKind = NotificationKind.valueOf(kind);
        notifications.toGovernment(request.requestingState(), request.contactEmail(), reference, notificationKind,
                detail(CaseKey.request(reference), notificationKind));
    }

    private String detail(CaseKey key, NotificationKind kind) {
        EntryKind addressed = switch (kind) {
            case CLARIFICATION_REQUESTED, CLARIFICATION_REMINDER -> EntryKind.QUESTION_ASKED;
            case REQUEST_REJECTED -> EntryKind.CLOSURE_REASON;
            default -> null;
        };
        return addressed == null ? "" : record.latest(key, addressed, e -> e.readableByGovernment())
                .map(e -> e.text("text")).orElse("");
    }
}
