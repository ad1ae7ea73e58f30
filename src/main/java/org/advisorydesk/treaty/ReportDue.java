package org.advisorydesk.treaty;

import java.time.LocalDate;
import java.util.Objects;

/** One report a State owes under an instrument, and the day it is due. */
public record ReportDue(ReportKind kind, LocalDate due) {

    public ReportDue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
    }
}
