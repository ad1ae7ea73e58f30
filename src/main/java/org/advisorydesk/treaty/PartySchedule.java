package org.advisorydesk.treaty;

import java.util.List;

/** A State party's report schedule under one instrument: due dates with submissions, up to the first not submitted. */
public record PartySchedule(Participation participation, String stateName, List<StateView.ReportView> reports) {

    /** The first report not yet submitted (null when none is due yet). */
    public StateView.ReportView next() {
        return reports.stream().filter(r -> r.submitted() == null).findFirst().orElse(null);
    }
}
