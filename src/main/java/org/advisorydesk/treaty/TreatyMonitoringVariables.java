package org.advisorydesk.treaty;

import java.util.List;

import org.advisorydesk.kernel.ProcessVariable;

import org.advisorydesk.request.AssistanceRequestVariables;

/** The variable contract of {@code treaty-monitoring}: the names of its process variables, in one place. */
public final class TreatyMonitoringVariables {

    /** The State concerned, under the same name as in the request processes (task lists show it). */
    static final String STATE = AssistanceRequestVariables.REQUESTING_STATE.name();
    static final String INSTRUMENT = "instrument";
    static final String MONITORING_GROUP = "monitoringGroup";
    static final String ENTRY_INTO_FORCE = "entryIntoForce";
    static final String REPORT_DUE = "reportDue";
    static final String REPORT_KIND = "reportKind";
    static final String SUPPORT_OFFER_ON = "supportOfferOn";
    static final String OBSERVATIONS_ADOPTED_ON = "observationsAdoptedOn";
    static final String OFFER_DECISION = "offerDecision";
    static final String STATE_CONTACT_EMAIL = "stateContactEmail";

    /** The form fields whose values the process reads after their task: set on the process, not the task. */
    public static final List<ProcessVariable<?>> FORM_OUTPUTS = List.of(
            ProcessVariable.process(OFFER_DECISION, String.class),
            ProcessVariable.process(STATE_CONTACT_EMAIL, String.class));

    private TreatyMonitoringVariables() {
    }
}
