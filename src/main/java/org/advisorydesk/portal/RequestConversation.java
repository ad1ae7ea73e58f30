package org.advisorydesk.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.advisorydesk.portal.PortalViews.NextStep;
import org.advisorydesk.portal.PortalViews.TaskForm;
import org.advisorydesk.record.CaseEntry;
import org.advisorydesk.record.EntryKind;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.Routing;
import org.advisorydesk.task.ReplyContext;
import org.advisorydesk.web.Moment;

/**
 * The government's request page as a conversation: the exchange with the agencies out of the record the
 * government reads, and what happens next with who holds it, from the status and the open tasks alone.
 */
final class RequestConversation {

    /** What the government and the agencies said to each other; status changes and documents stay in the full record. */
    private static final Set<EntryKind> EXCHANGE = EnumSet.of(EntryKind.ROUTING_DECIDED, EntryKind.QUESTION_ASKED,
            EntryKind.ANSWER_GIVEN, EntryKind.COMMENT, EntryKind.DELIVERABLE_RELEASED, EntryKind.CLOSURE_REASON,
            EntryKind.WITHDRAWN);

    private RequestConversation() {
    }

    /**
     * The exchange, oldest first (newest last): only entries the government's record gives it, and of
     * its own steps only those that answered something (a step with values, not the submission itself).
     */
    static List<CaseEntry> thread(List<CaseEntry> governmentRecord) {
        return governmentRecord.stream()
                .filter(CaseEntry::readableByGovernment)
                .filter(e -> EXCHANGE.contains(e.kind()) || ownAnswer(e))
                .sorted(Comparator.comparing(CaseEntry::at).thenComparing(CaseEntry::id))
                .toList();
    }

    private static boolean ownAnswer(CaseEntry entry) {
        return entry.kind() == EntryKind.STEP_COMPLETED && entry.side().isGovernment()
                && entry.text("taskKey") != null && !entry.values().isEmpty();
    }

    /**
     * Who holds the request now: the government when a task of its own is open (the first of them is the
     * action, with the earliest due date); else, by the status, the coordinators screening it or the
     * agencies routed to the assistance types whose deliverables are not yet released; nobody once final.
     */
    static NextStep next(AssistanceRequest request, List<TaskForm> tasks, List<Routing> routing,
            List<CaseEntry> governmentRecord) {
        if (request.status().isFinal()) {
            return new NextStep(NextStep.Holder.NOBODY, List.of(), null, null);
        }
        if (!tasks.isEmpty()) {
            TaskForm first = tasks.stream().sorted(Comparator.comparing((TaskForm t) -> t.task().due(),
                    Comparator.nullsLast(Comparator.naturalOrder()))).findFirst().orElseThrow();
            return new NextStep(NextStep.Holder.YOU, List.of(), first, first.due() != null ? first.due() : answerBy(first));
        }
        return switch (request.status()) {
            case SUBMITTED, IN_SCREENING, AWAITING_CLARIFICATION -> new NextStep(NextStep.Holder.COORDINATORS, List.of(), null, null);
            default -> routing.isEmpty() ? new NextStep(NextStep.Holder.COORDINATORS, List.of(), null, null)
                    : new NextStep(NextStep.Holder.AGENCIES, agenciesAtWork(routing, governmentRecord), null, null);
        };
    }

    /** A clarification has no due date of its own: the request lapses without an answer by then. */
    private static Moment answerBy(TaskForm task) {
        return task.context() == null ? null : task.context().items().stream().map(ReplyContext.Item::answerBy)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The lead and contributors of every assistance type not yet released; all of them when each was released. */
    private static List<String> agenciesAtWork(List<Routing> routing, List<CaseEntry> governmentRecord) {
        Set<String> released = new LinkedHashSet<>();
        governmentRecord.stream().filter(e -> e.kind() == EntryKind.DELIVERABLE_RELEASED)
                .map(e -> e.text("assistanceType")).filter(Objects::nonNull).forEach(released::add);
        List<Routing> open = routing.stream().filter(r -> !released.contains(r.assistanceType().name())).toList();
        Set<String> agencies = new LinkedHashSet<>();
        for (Routing r : open.isEmpty() ? routing : open) {
            agencies.add(r.lead().name());
            r.contributors().forEach(c -> agencies.add(c.name()));
        }
        return new ArrayList<>(agencies);
    }
}
