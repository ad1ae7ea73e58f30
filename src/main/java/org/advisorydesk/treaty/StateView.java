package org.advisorydesk.treaty;

import java.time.LocalDate;
import java.util.List;

import org.advisorydesk.request.Instrument;

/**
 * A State in the register as the API shows it. {@code signed} and {@code ratified} are a date
 * (YYYY-MM-DD), {@code "unknown"} when the act is recorded without its date, or absent; {@code
 * ratified} covers accession too ({@code consent} tells which). {@code reports} runs up to the first
 * report not yet submitted, and is left out of other States' records for government users.
 */
public record StateView(String iso3, String name, List<InstrumentView> instruments) {

    /** {@code reportHistoryRecorded}: for a party, false while its report history since the 2003 seed is to verify. */
    public record InstrumentView(Instrument instrument, TreatyStatus status, String signed, String ratified,
            TreatyAction consent, LocalDate entryIntoForce, boolean declarationArt76, LocalDate declarationArt76On,
            boolean declarationArt77, LocalDate declarationArt77On, String reservations, Boolean reportHistoryRecorded,
            List<ReportView> reports) {
    }

    public record ReportView(ReportKind kind, LocalDate due, LocalDate submitted) {
    }
}
