package org.advisorydesk.record;

import java.util.Map;

/**
 * The one place that decides, when an entry is written, who reads it. Staff who may see a case read
 * all of it. The requesting government reads what concerns it and what is addressed to it: status
 * changes, which agencies work on it, questions to it, answers to its questions, reasons for closing
 * it, deliverables once released, its withdrawal, and its own steps, comments and documents. Never the
 * agencies' internal work: manager decisions, routing-override reasons, internal summaries,
 * contributions and conclusions before release, notifications among staff, overdue notices, nor the
 * staff's own steps, comments and documents (unless a comment is expressly addressed to it). In a treaty
 * monitoring case the State reads its public treaty acts, reports and concluding observations; a
 * coordinator's corrections and verifications of its schedule, with their reasons, stay among staff.
 */
public final class Audiences {

    private Audiences() {
    }

    public static Audience of(EntryKind kind, ActorSide actor, Map<String, ?> payload) {
        return switch (kind) {
            case STATUS_CHANGED, ROUTING_DECIDED, QUESTION_ASKED, ANSWER_GIVEN, CLOSURE_REASON,
                    DELIVERABLE_RELEASED, WITHDRAWN, TREATY_ACTION, REPORT_SUBMITTED, OBSERVATIONS_ADOPTED -> Audience.GOVERNMENT;
            case STEP_COMPLETED, DOCUMENT_ADDED -> actor.isGovernment() ? Audience.GOVERNMENT : Audience.STAFF;
            case COMMENT -> actor.isGovernment() || Boolean.TRUE.equals(payload.get("toGovernment"))
                    ? Audience.GOVERNMENT : Audience.STAFF;
            case ROUTING_OVERRIDDEN, NOTIFICATION_SENT, TASK_OVERDUE, LEGACY, DUE_DATE_CORRECTED,
                    REPORT_HISTORY_VERIFIED -> Audience.STAFF;
        };
    }
}
