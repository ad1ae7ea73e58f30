package org.advisorydesk.treaty;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.advisorydesk.request.Instrument;

/** What the register's pages show: plain values, formatted by the templates in the reader's language. */
public final class TreatyViews {

    private TreatyViews() {
    }

    /** A State's standing with one instrument; a date is null when unknown or not made ({@code signed} tells). */
    public record Standing(Instrument instrument, TreatyStatus status, boolean signed, LocalDate signedOn,
            LocalDate consentOn, LocalDate entryIntoForce, boolean declarationArt76, boolean declarationArt77,
            boolean toVerify, StateView.ReportView next) {

        static Standing of(Participation p, StateView.ReportView next) {
            return new Standing(p.instrument(), p.status(), p.signed(), p.signedOn(), p.consentOn(), p.entryIntoForce(),
                    p.declarationArt76(), p.declarationArt77(), p.status().isParty() && !p.reportHistoryRecorded(), next);
        }
    }

    /** One State of the register with its standing under every instrument, in the order of {@link Instrument}. */
    public record Row(String iso3, String name, String region, List<Standing> standings) {

        public Standing of(Instrument instrument) {
            return standings.get(instrument.ordinal());
        }
    }

    /** A country on the map: its outline, coloured by its standing under the chosen instrument. */
    public record MapShape(String iso3, String name, TreatyStatus status, String path) {
    }

    /** The register's list as filtered and sorted, with the map of the chosen instrument. */
    public record RegisterPage(Instrument instrument, TreatyStatus status, String region, String sort, List<Row> rows,
            List<MapShape> shapes, Map<TreatyStatus, Long> counts, List<String> regions) {
    }

    /** A report of the schedule: overdue by {@code overdueDays} when past due and not submitted. */
    public record ReportLine(ReportKind kind, LocalDate due, LocalDate submitted, Long overdueDays) {
    }

    /** An instrument on a State's page: its standing, reservations and report schedule. */
    public record InstrumentPage(Standing standing, LocalDate declarationArt76On, LocalDate declarationArt77On,
            String reservations, List<ReportLine> reports) {
    }

    /** One dated event of a State's history with an instrument (date null: recorded without it). */
    public record Event(LocalDate date, Instrument instrument, String kind, String detail) {
    }

    /** Work in the State's monitoring: a task, open or done. */
    public record MonitoringWork(String taskId, String name, Instrument instrument, java.time.Instant created,
            java.time.Instant ended, String assignee) {
    }

    /** Concluding observations of the Committee (or the ILO's supervisory bodies) on one instrument. */
    public record Observation(Instrument instrument, LocalDate adoptedOn, String text) {
    }

    /** A coordinator's correction of a due date, with its reason. */
    public record Correction(Instrument instrument, String from, String to, String reason, String by, java.time.Instant at) {
    }

    /** Someone who speaks for the State (its {@code gov-xxx} group). */
    public record FocalPoint(String id, String name, String email) {
    }

    /** A row of the reporting calendar: the next report of a party, with the monitoring task behind it. */
    public record CalendarRow(String iso3, String name, Instrument instrument, ReportKind kind, LocalDate due,
            Long overdueDays, boolean toVerify, String taskId, String taskName) {
    }
}
