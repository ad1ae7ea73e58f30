package org.advisorydesk.request;

import static org.advisorydesk.kernel.ProcessVariable.process;

import java.util.List;

import org.advisorydesk.kernel.ProcessVariable;

/**
 * The variable contract of {@code assistance-request} and the branch processes it calls: every variable
 * the processes read, with its type. What a form submits is task-local unless it is named here as a
 * {@link #FORM_OUTPUTS form output} that the process reads after the task (a gateway's decision).
 */
public final class AssistanceRequestVariables {

    public static final String PROCESS_KEY = "assistance-request";
    /** The boundary timer after which a request waiting for the government's clarification lapses. */
    public static final String CLARIFICATION_LAPSE_EVENT = "clarification-lapse-due";

    public static final ProcessVariable<String> REFERENCE = process("reference", String.class);
    public static final ProcessVariable<String> REQUESTING_STATE = process("requestingState", String.class);
    public static final ProcessVariable<String> GOVERNMENT_GROUP = process("governmentGroup", String.class);
    @SuppressWarnings("rawtypes")
    public static final ProcessVariable<List> INSTRUMENTS = process("instruments", List.class);
    @SuppressWarnings("rawtypes")
    public static final ProcessVariable<List> ASSISTANCE_TYPES = process("assistanceTypes", List.class);
    /** The assistance type of one branch (the multi-instance element variable, passed to the branch). */
    public static final ProcessVariable<String> ASSISTANCE_TYPE = process("assistanceType", String.class);
    public static final ProcessVariable<String> LEAD_GROUP = process("leadGroup", String.class);
    /** The round of comments on draft legislation, counted by the BPMN (a JUEL number: a Long). */
    public static final ProcessVariable<Long> DRAFT_ROUND = process("draftRound", Long.class);

    // decisions of forms that gateways and delegates read after the task
    public static final ProcessVariable<String> SCREENING_OUTCOME = process("screeningOutcome", String.class);
    public static final ProcessVariable<String> ROUTING_DECISION = process("routingDecision", String.class);
    public static final ProcessVariable<String> OVERRIDE_ASSISTANCE_TYPE = process("overrideAssistanceType", String.class);
    public static final ProcessVariable<String> OVERRIDE_LEAD = process("overrideLead", String.class);
    @SuppressWarnings("rawtypes")
    public static final ProcessVariable<List> OVERRIDE_CONTRIBUTORS = process("overrideContributors", List.class);
    public static final ProcessVariable<String> OVERRIDE_REASON = process("overrideReason", String.class);
    public static final ProcessVariable<String> APPROVAL_DECISION = process("approvalDecision", String.class);
    public static final ProcessVariable<String> REVIEW_OUTCOME = process("reviewOutcome", String.class);
    public static final ProcessVariable<String> RESPONSE_DECISION = process("responseDecision", String.class);

    /** The form fields whose values the process reads after their task: set on the process, not the task. */
    public static final List<ProcessVariable<?>> FORM_OUTPUTS = List.of(SCREENING_OUTCOME, ROUTING_DECISION,
            OVERRIDE_ASSISTANCE_TYPE, OVERRIDE_LEAD, OVERRIDE_CONTRIBUTORS, OVERRIDE_REASON, APPROVAL_DECISION,
            REVIEW_OUTCOME, RESPONSE_DECISION);

    private AssistanceRequestVariables() {
    }
}
