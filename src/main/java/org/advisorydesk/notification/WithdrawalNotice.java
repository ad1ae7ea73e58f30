package org.advisorydesk.notification;

import java.util.LinkedHashSet;
import java.util.Set;

import org.advisorydesk.identity.Groups;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.request.Routing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Used by the BPMN as {@code ${withdrawalNotice.send(execution)}}: a withdrawn request is told to the
 * coordinators and to every agency it was routed to.
 */
@Component("withdrawalNotice")
public class WithdrawalNotice {

    private final Notifications notifications;
    private final RequestService requests;

    WithdrawalNotice(Notifications notifications, RequestService requests) {
        this.notifications = notifications;
        this.requests = requests;
    }

    public void send(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        Set<String> groups = new LinkedHashSet<>();
        groups.add(Groups.COORDINATORS);
        for (Routing routing : requests.routingOf(reference)) {
            groups.add(routing.lead().groupId());
            routing.contributors().forEach(agency -> groups.add(agency.groupId()));
        }
        notifications.toGroups(groups, reference, NotificationKind.REQUEST_WITHDRAWN, "");
    }
}
