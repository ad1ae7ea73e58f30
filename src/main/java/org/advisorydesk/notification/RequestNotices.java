package org.advisorydesk.notification;

import java.util.LinkedHashSet;
import java.util.Set;

import org.advisorydesk.identity.Groups;
import org.advisorydesk.record.CaseKey;
import org.advisorydesk.record.CaseRecord;
import org.advisorydesk.record.EntryKind;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.request.Routing;
import org.springframework.stereotype.Service;

/** What the desk tells about a request as its process moves: the government of its progress, everyone of its withdrawal. */
@Service
public class RequestNotices {

    private final Notifications notifications;
    private final RequestService requests;
    private final CaseRecord record;

    RequestNotices(Notifications notifications, RequestService requests, CaseRecord record) {
        this.notifications = notifications;
        this.requests = requests;
        this.record = record;
    }

    /**
     * Tells the requesting government (its focal points and the request's contact address) what the
     * process needs from it or has done, quoting what the record addresses to it (the question, the
     * reason for closing) and nothing else.
     */
    public void toRequestingGovernment(String reference, NotificationKind kind) {
        AssistanceRequest request = requests.byReference(Set.of(reference)).get(reference);
        notifications.toGovernment(request.requestingState(), request.contactEmail(), reference, kind,
                detail(CaseKey.request(reference), kind));
    }

    /** A withdrawn request is told to the coordinators and to every agency it was routed to. */
    public void withdrawn(String reference) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(Groups.COORDINATORS);
        for (Routing routing : requests.routingOf(reference)) {
            groups.add(routing.lead().groupId());
            routing.contributors().forEach(agency -> groups.add(agency.groupId()));
        }
        notifications.toGroups(groups, reference, NotificationKind.REQUEST_WITHDRAWN, "");
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
