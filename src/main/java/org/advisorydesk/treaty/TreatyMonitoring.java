package org.advisorydesk.treaty;

import static org.advisorydesk.treaty.TreatyMonitoringVariables.INSTRUMENT;
import static org.advisorydesk.treaty.TreatyMonitoringVariables.REPORT_DUE;
import static org.advisorydesk.treaty.TreatyMonitoringVariables.REPORT_KIND;
import static org.advisorydesk.treaty.TreatyMonitoringVariables.STATE;
import static org.advisorydesk.treaty.TreatyMonitoringVariables.SUPPORT_OFFER_ON;

import java.time.LocalDate;
import java.util.Date;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.identity.EngineAuthentication;
import org.advisorydesk.identity.Groups;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.Instrument;
import org.advisorydesk.request.NewRequest;
import org.advisorydesk.request.RequestService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Used by the {@code treaty-monitoring} BPMN: {@code ${treatyMonitoring.scheduleReport(execution)}}
 * and its siblings. The register is the one source of what was submitted; the process keeps only the
 * dates its timers wait for.
 */
@Component("treatyMonitoring")
public class TreatyMonitoring {

    private final TreatyRegister register;
    private final MonitoringProperties properties;
    private static final String PROCESS_KEY_AS_ACTOR = TreatyMonitoringProcess.PROCESS_KEY;

    private final RequestService requests;
    private final EngineAuthentication engineAuthentication;

    TreatyMonitoring(TreatyRegister register, MonitoringProperties properties, RequestService requests,
            EngineAuthentication engineAuthentication) {
        this.engineAuthentication = engineAuthentication;
        this.register = register;
        this.properties = properties;
        this.requests = requests;
    }

    /** Sets the next report's due date and the day reporting support is offered before it. */
    public void scheduleReport(DelegateExecution execution) {
        StateView.ReportView next = register.nextReport(state(execution), instrument(execution));
        execution.setVariable(REPORT_DUE, TreatyMonitoringProcess.startOfDay(next.due()));
        execution.setVariable(REPORT_KIND, next.kind().name());
        execution.setVariable(SUPPORT_OFFER_ON, TreatyMonitoringProcess.startOfDay(next.due().minus(properties.supportOfferLead())));
    }

    /** Whether the report the process waits for has been recorded in the register. */
    public boolean reportSubmitted(DelegateExecution execution) {
        LocalDate awaited = ((Date) execution.getVariable(REPORT_DUE)).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        return register.nextReport(state(execution), instrument(execution)).due().isAfter(awaited);
    }

    /** ISO 8601 period between two follow-ups of an overdue report, for a timer. */
    public String getFollowUpInterval() {
        return properties.followUpInterval().toString();
    }

    /** The agency accepted to support the report: a request for reporting support, on the State's behalf. */
    public void startReportingSupport(DelegateExecution execution) {
        String state = state(execution);
        Instrument instrument = instrument(execution);
        String due = ((Date) execution.getVariable(REPORT_DUE)).toInstant().toString().substring(0, 10);
        String kind = ((String) execution.getVariable(REPORT_KIND)).toLowerCase();
        NewRequest request = new NewRequest(state, List.of(instrument.name()), List.of(AssistanceType.REPORTING_SUPPORT.name()),
                "Support for the " + kind + " report on " + instrument.name() + " due " + due,
                "Offered by the treaty monitoring of " + state + ": preparation of the " + kind + " report due " + due + ".",
                (String) execution.getVariable(TreatyMonitoringVariables.STATE_CONTACT_EMAIL));
        // on the State's behalf, as the campaign secretariat would, in the name of the officer who offered it
        String officer = engineAuthentication.currentUserId().orElse(PROCESS_KEY_AS_ACTOR);
        requests.submit(new CurrentUser(officer, Set.of(Groups.COORDINATORS)), request);
    }

    private static String state(DelegateExecution execution) {
        return (String) execution.getVariable(STATE);
    }

    private static Instrument instrument(DelegateExecution execution) {
        return Instrument.valueOf((String) execution.getVariable(INSTRUMENT));
    }
}
