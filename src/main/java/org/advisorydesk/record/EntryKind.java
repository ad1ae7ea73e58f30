package org.advisorydesk.record;

/**
 * The closed set of things that happen to a case. Each is written from one place, with its own
 * payload; {@link Audiences} decides who reads it.
 */
public enum EntryKind {
    /** {@code from}, {@code to}: a request's status as the government sees it. */
    STATUS_CHANGED,
    /** {@code taskKey}, {@code formId}, {@code assistanceType}, {@code values}: what was submitted in a step, and only that. */
    STEP_COMPLETED,
    /** {@code routing}: per assistance type, the lead and the contributors. */
    ROUTING_DECIDED,
    /** {@code assistanceType}, {@code before}, {@code after}, {@code reason}: a coordinator's change. */
    ROUTING_OVERRIDDEN,
    /** {@code taskKey}, {@code field}, {@code text}: a question to the government (clarification). */
    QUESTION_ASKED,
    /** {@code taskKey}, {@code field}, {@code text}, {@code assistanceType}: the lead's answer to the government's question. */
    ANSWER_GIVEN,
    /** {@code taskKey}, {@code field}, {@code text}: why a request was closed without assistance. */
    CLOSURE_REASON,
    /** {@code documentId}, {@code name}, {@code version}, {@code documentKind}. */
    DOCUMENT_ADDED,
    /** {@code assistanceType}, {@code documents} (id, name, version), {@code text}: what the managers approved, released to the government. */
    DELIVERABLE_RELEASED,
    /** {@code text}, optional {@code taskKey}, {@code toGovernment}. */
    COMMENT,
    /** {@code notice}, {@code recipients}. */
    NOTIFICATION_SENT,
    /** {@code taskKey}, {@code taskName}, {@code due}. */
    TASK_OVERDUE,
    /** {@code reason} (may be absent). */
    WITHDRAWN,
    /** {@code text}: a history row written before the record was typed, kept as it was. */
    LEGACY,
    /**
     * {@code instrument}, {@code action} (SIGNATURE, RATIFICATION, ACCESSION, DECLARATION_ART76, DECLARATION_ART77,
     * RESERVATION), {@code date}, optional {@code entryIntoForce}, {@code text} (a reservation), {@code source}
     * ({@code page}, {@code api}, {@code import}): a State's act under an instrument, public treaty status.
     */
    TREATY_ACTION,
    /** {@code instrument}, {@code submittedOn}: a report the State submitted. */
    REPORT_SUBMITTED,
    /** {@code instrument}, {@code adoptedOn}: concluding observations adopted on the State's report. */
    OBSERVATIONS_ADOPTED,
    /** {@code instrument}, {@code reportKind}, {@code from}, {@code to}, {@code reason}: a coordinator's correction of a due date. */
    DUE_DATE_CORRECTED,
    /** {@code instrument}, {@code reports}: a coordinator verified a seeded State's report history; its follow-up starts. */
    REPORT_HISTORY_VERIFIED;

    /** The kinds that record work done on a case (what moves the staff's "last change"). */
    public static final java.util.Set<EntryKind> WORK = java.util.Collections.unmodifiableSet(java.util.EnumSet.of(
            STATUS_CHANGED, STEP_COMPLETED, ROUTING_DECIDED, ROUTING_OVERRIDDEN, QUESTION_ASKED, ANSWER_GIVEN,
            CLOSURE_REASON, DOCUMENT_ADDED, DELIVERABLE_RELEASED, COMMENT, WITHDRAWN));
}
