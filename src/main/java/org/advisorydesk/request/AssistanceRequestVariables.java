package org.advisorydesk.request;

/** The names of the process variables of {@code assistance-request} and its branches, in one place. */
public final class AssistanceRequestVariables {

    public static final String PROCESS_KEY = "assistance-request";
    public static final String BRANCH_PROCESS_KEY = "deliver-assistance";

    public static final String REFERENCE = "reference";
    public static final String REQUESTING_STATE = "requestingState";
    public static final String GOVERNMENT_GROUP = "governmentGroup";
    public static final String INSTRUMENTS = "instruments";
    public static final String ASSISTANCE_TYPES = "assistanceTypes";
    /** The assistance type of one branch (the multi-instance element variable). */
    public static final String ASSISTANCE_TYPE = "assistanceType";
    public static final String LEAD_GROUP = "leadGroup";
    public static final String SCREENING_OUTCOME = "screeningOutcome";
    public static final String SCREENING_NOTE = "screeningNote";
    public static final String APPROVAL_DECISION = "approvalDecision";
    public static final String REVIEW_OUTCOME = "reviewOutcome";

    private AssistanceRequestVariables() {
    }
}
