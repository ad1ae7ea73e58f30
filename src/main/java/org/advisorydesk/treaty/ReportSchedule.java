package org.advisorydesk.treaty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.advisorydesk.request.Instrument;
import org.springframework.stereotype.Component;

/**
 * A State's reports on an instrument: the due dates from the {@link TreatyCalendar}, matched in order
 * with the reports it submitted, up to the first one not yet submitted.
 */
@Component
class ReportSchedule {

    private final TreatyCalendar calendar;

    ReportSchedule(TreatyCalendar calendar) {
        this.calendar = calendar;
    }

    List<StateView.ReportView> of(Instrument instrument, LocalDate entryIntoForce, List<LocalDate> submissions,
            Map<Integer, LocalDate> corrections) {
        if (entryIntoForce == null) {
            return List.of();
        }
        List<ReportDue> dues = calendar.reportSchedule(instrument, entryIntoForce, submissions.size() + 1, corrections);
        List<StateView.ReportView> reports = new ArrayList<>();
        for (int i = 0; i < dues.size(); i++) {
            LocalDate submitted = i < submissions.size() ? submissions.get(i) : null;
            reports.add(new StateView.ReportView(dues.get(i).kind(), dues.get(i).due(), submitted));
        }
        return reports;
    }

    /** The first report not yet submitted. */
    Optional<StateView.ReportView> next(Instrument instrument, LocalDate entryIntoForce, List<LocalDate> submissions,
            Map<Integer, LocalDate> corrections) {
        return of(instrument, entryIntoForce, submissions, corrections).stream().filter(r -> r.submitted() == null).findFirst();
    }
}
