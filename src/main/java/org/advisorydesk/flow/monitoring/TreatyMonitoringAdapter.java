package org.advisorydesk.flow.monitoring;

import static org.advisorydesk.treaty.TreatyMonitoringVariables.INSTRUMENT;
import static org.advisorydesk.treaty.TreatyMonitoringVariables.PROCESS_KEY;
import static org.advisorydesk.treaty.TreatyMonitoringVariables.REPORT_DUE;
import static org.advisorydesk.treaty.TreatyMonitoringVariables.REPORT_KIND;
import static org.advisorydesk.treaty.TreatyMonitoringVariables.STATE;
import static org.advisorydesk.treaty.TreatyMonitoringVariables.STATE_CONTACT_EMAIL;
import static org.advisorydesk.treaty.TreatyMonitoringVariables.SUPPORT_OFFER_ON;
import static org.advisorydesk.treaty.TreatyMonitoringVariables.day;
import static org.advisorydesk.treaty.TreatyMonitoringVariables.startOfDay;

import org.advisorydesk.identity.EngineAuthentication;
import org.advisorydesk.request.Instrument;
import org.advisorydesk.treaty.ReportDue;
import org.advisorydesk.treaty.ReportKind;
import org.advisorydesk.treaty.ReportObligations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Used by the {@code treaty-monitoring} BPMN: {@code ${treatyMonitoring.scheduleReport(execution)}}
 * and its siblings. The process keeps only the dates its timers wait for; what was submitted is asked
 * of the {@link ReportObligations} each time.
 */
@Component("treatyMonitoring")
public class TreatyMonitoringAdapter {

    private final ReportObligations obligations;
    private final EngineAuthentication engineAuthentication;

    TreatyMonitoringAdapter(ReportObligations obligations, EngineAuthentication engineAuthentication) {
        this.obligations = obligations;
        this.engineAuthentication = engineAuthentication;
    }

    /** Sets the next report's due date and the day reporting support is offered before it. */
    public void scheduleReport(DelegateExecution execution) {
        ReportDue next = obligations.nextReport(STATE.get(execution), instrument(execution));
        REPORT_DUE.set(execution, startOfDay(next.due()));
        REPORT_KIND.set(execution, next.kind().name());
        SUPPORT_OFFER_ON.set(execution, startOfDay(obligations.supportOfferOn(next)));
    }

    /** Whether the report the process waits for has been recorded in the register. */
    public boolean reportSubmitted(DelegateExecution execution) {
        return obligations.reportSubmitted(STATE.get(execution), instrument(execution), day(REPORT_DUE.get(execution)));
    }

    /** ISO 8601 period between two follow-ups of an overdue report, for a timer. */
    public String getFollowUpInterval() {
        return obligations.followUpInterval().toString();
    }

    /** The offer was accepted: a request for reporting support, in the name of the officer who completed the offer. */
    public void startReportingSupport(DelegateExecution execution) {
        ReportDue report = new ReportDue(ReportKind.valueOf(REPORT_KIND.get(execution)), day(REPORT_DUE.get(execution)));
        String officer = engineAuthentication.currentUserId().orElse(PROCESS_KEY);
        obligations.requestReportingSupport(officer, STATE.get(execution), instrument(execution), report,
                STATE_CONTACT_EMAIL.get(execution));
    }

    private static Instrument instrument(DelegateExecution execution) {
        return Instrument.valueOf(INSTRUMENT.get(execution));
    }
}
