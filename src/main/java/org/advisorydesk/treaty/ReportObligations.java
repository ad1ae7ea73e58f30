package org.advisorydesk.treaty;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.identity.Groups;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.Instrument;
import org.advisorydesk.request.NewRequest;
import org.advisorydesk.request.RequestService;
import org.springframework.stereotype.Service;

/**
 * A State's reporting obligations under an instrument, as its monitoring follows them: the next report
 * due, when support is offered before it, whether it arrived, and the request for reporting support an
 * accepted offer opens. The register is the one source of what was submitted.
 */
@Service
public class ReportObligations {

    private final TreatyRegister register;
    private final MonitoringProperties properties;
    private final RequestService requests;

    ReportObligations(TreatyRegister register, MonitoringProperties properties, RequestService requests) {
        this.register = register;
        this.properties = properties;
        this.requests = requests;
    }

    /** The first report the State has not submitted yet. */
    public ReportDue nextReport(String state, Instrument instrument) {
        StateView.ReportView next = register.nextReport(state, instrument);
        return new ReportDue(next.kind(), next.due());
    }

    /** The day reporting support is offered before the report falls due. */
    public LocalDate supportOfferOn(ReportDue report) {
        return report.due().minus(properties.supportOfferLead());
    }

    /** Whether the report due on {@code awaitedDue} has been recorded in the register. */
    public boolean reportSubmitted(String state, Instrument instrument, LocalDate awaitedDue) {
        return register.nextReport(state, instrument).due().isAfter(awaitedDue);
    }

    /** The period between two follow-ups of an overdue report. */
    public Period followUpInterval() {
        return properties.followUpInterval();
    }

    /**
     * The agency accepted to support the report: a request for reporting support, on the State's behalf
     * (as the campaign secretariat would), in the name of the officer who offered it.
     */
    public AssistanceRequest requestReportingSupport(String officer, String state, Instrument instrument, ReportDue report,
            String contactEmail) {
        String due = report.due().toString();
        String kind = report.kind().name().toLowerCase(Locale.ROOT);
        NewRequest request = new NewRequest(state, List.of(instrument.name()), List.of(AssistanceType.REPORTING_SUPPORT.name()),
                "Support for the " + kind + " report on " + instrument.name() + " due " + due,
                "Offered by the treaty monitoring of " + state + ": preparation of the " + kind + " report due " + due + ".",
                contactEmail);
        return requests.submit(new CurrentUser(officer, Set.of(Groups.COORDINATORS)), request);
    }
}
