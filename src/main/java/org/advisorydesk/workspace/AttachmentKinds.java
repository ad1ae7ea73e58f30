package org.advisorydesk.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.advisorydesk.document.DocumentKind;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.Routing;

/**
 * The document kinds a task's page offers for an attachment, the one its step most likely adds first:
 * the lead's consolidating steps add the deliverable, screening and the gap analysis the State's law,
 * the rest other material. A deliverable comes only from an agency the request is routed to (as
 * {@code DocumentService} enforces), so it is not offered to anyone else.
 */
final class AttachmentKinds {

    private static final Set<String> MAKE_THE_DELIVERABLE = Set.of("record-outcome", "consolidate-review",
            "consolidate-comments", "comment-on-draft");
    private static final Set<String> READ_THE_LAW = Set.of("screen-request", "confirm-routing", "prepare-gap-analysis",
            "add-findings");
    private static final Set<String> READ_THE_DRAFT = Set.of("add-comments");

    private AttachmentKinds() {
    }

    /** The kinds offered on the task {@code taskKey}, the default first. */
    static List<DocumentKind> forTask(String taskKey, CurrentUser user, List<Routing> routing) {
        boolean routedToUser = routing.stream().anyMatch(r -> r.involvesAny(user.agencies()));
        DocumentKind first = MAKE_THE_DELIVERABLE.contains(taskKey) && routedToUser ? DocumentKind.DELIVERABLE
                : READ_THE_LAW.contains(taskKey) ? DocumentKind.EXISTING_LAW
                : READ_THE_DRAFT.contains(taskKey) ? DocumentKind.DRAFT_LEGISLATION
                : DocumentKind.OTHER;
        List<DocumentKind> kinds = new ArrayList<>(List.of(first));
        for (DocumentKind kind : DocumentKind.values()) {
            if (kind != first && (kind != DocumentKind.DELIVERABLE || routedToUser)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }
}
