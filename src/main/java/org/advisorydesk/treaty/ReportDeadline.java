package org.advisorydesk.treaty;

import java.time.LocalDate;

import org.advisorydesk.request.Instrument;

/** The next report a State party owes under an instrument, and when it is due. */
public record ReportDeadline(String state, Instrument instrument, ReportKind kind, LocalDate due) {
}
