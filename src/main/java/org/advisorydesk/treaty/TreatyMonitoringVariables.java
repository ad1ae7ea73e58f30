package org.advisorydesk.treaty;

import org.advisorydesk.request.AssistanceRequestVariables;

/** The names of the process variables of {@code treaty-monitoring}, in one place. */
final class TreatyMonitoringVariables {

    /** The State concerned, under the same name as in the request processes (task lists show it). */
    static final String STATE = AssistanceRequestVariables.REQUESTING_STATE;
    static final String INSTRUMENT = "instrument";
    static final String MONITORING_GROUP = "monitoringGroup";
    static final String ENTRY_INTO_FORCE = "entryIntoForce";
    static final String REPORT_DUE = "reportDue";
    static final String REPORT_KIND = "reportKind";
    static final String SUPPORT_OFFER_ON = "supportOfferOn";
    static final String OBSERVATIONS_ADOPTED_ON = "observationsAdoptedOn";
    static final String OFFER_DECISION = "offerDecision";
    static final String STATE_CONTACT_EMAIL = "stateContactEmail";

    private TreatyMonitoringVariables() {
    }
}
