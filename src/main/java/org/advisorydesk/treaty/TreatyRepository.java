package org.advisorydesk.treaty;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.advisorydesk.request.Instrument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The treaty register's tables. */
@Repository
class TreatyRepository {

    private static final String COLUMNS = "state, instrument, signed, signed_on, consent, consent_on, entry_into_force, "
            + "declaration_art76, declaration_art76_on, declaration_art77, declaration_art77_on, reservations, report_history";
    private static final String RECORDED = "RECORDED";
    private static final String NOT_RECORDED = "NOT_RECORDED";

    private final JdbcClient jdbc;

    TreatyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM treaty_participation").query(Long.class).single() == 0;
    }

    Optional<Participation> find(String state, Instrument instrument) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM treaty_participation WHERE state = ? AND instrument = ?")
                .params(state, instrument.name()).query(TreatyRepository::map).optional();
    }

    List<Participation> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM treaty_participation ORDER BY state, instrument")
                .query(TreatyRepository::map).list();
    }

    void save(Participation p) {
        int updated = jdbc.sql("UPDATE treaty_participation SET signed = ?, signed_on = ?, consent = ?, consent_on = ?, "
                        + "entry_into_force = ?, declaration_art76 = ?, declaration_art76_on = ?, declaration_art77 = ?, "
                        + "declaration_art77_on = ?, reservations = ?, report_history = ? WHERE state = ? AND instrument = ?")
                .params(p.signed(), date(p.signedOn()), p.consent() == null ? null : p.consent().name(), date(p.consentOn()),
                        date(p.entryIntoForce()), p.declarationArt76(), date(p.declarationArt76On()), p.declarationArt77(),
                        date(p.declarationArt77On()), p.reservations(), history(p), p.state(), p.instrument().name())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO treaty_participation (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(p.state(), p.instrument().name(), p.signed(), date(p.signedOn()),
                            p.consent() == null ? null : p.consent().name(), date(p.consentOn()), date(p.entryIntoForce()),
                            p.declarationArt76(), date(p.declarationArt76On()), p.declarationArt77(),
                            date(p.declarationArt77On()), p.reservations(), history(p))
                    .update();
        }
    }

    /** The due dates a coordinator corrected, by the report's position in the schedule (the latest correction of each). */
    Map<Integer, LocalDate> corrections(String state, Instrument instrument) {
        Map<Integer, LocalDate> corrections = new HashMap<>();
        jdbc.sql("SELECT report_index, due FROM treaty_due_correction WHERE state = ? AND instrument = ? ORDER BY id")
                .params(state, instrument.name())
                .query((rs, n) -> corrections.put(rs.getInt("report_index"), rs.getDate("due").toLocalDate())).list();
        return corrections;
    }

    void addCorrection(String state, Instrument instrument, int reportIndex, LocalDate due, String reason, String by, Instant at) {
        jdbc.sql("INSERT INTO treaty_due_correction (state, instrument, report_index, due, reason, recorded_by, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(state, instrument.name(), reportIndex, Date.valueOf(due), reason, by, at.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** The concluding observations adopted on the State's reports, oldest first. */
    List<TreatyViews.Observation> observations(String state) {
        return jdbc.sql("SELECT instrument, adopted_on, text FROM concluding_observation WHERE state = ? ORDER BY adopted_on, id")
                .params(state)
                .query((rs, n) -> new TreatyViews.Observation(Instrument.valueOf(rs.getString("instrument")),
                        rs.getDate("adopted_on").toLocalDate(), rs.getString("text")))
                .list();
    }

    /** Every State's submissions on every instrument, by "STATE-INSTRUMENT", oldest first: the calendar's one query. */
    Map<String, List<LocalDate>> allSubmissions() {
        Map<String, List<LocalDate>> all = new HashMap<>();
        jdbc.sql("SELECT state, instrument, submitted_on FROM treaty_report ORDER BY submitted_on, id")
                .query((rs, n) -> all.computeIfAbsent(rs.getString("state") + "-" + rs.getString("instrument"), k -> new ArrayList<>())
                        .add(rs.getDate("submitted_on").toLocalDate()))
                .list();
        return all;
    }

    /** Every correction, by "STATE-INSTRUMENT" then report position. */
    Map<String, Map<Integer, LocalDate>> allCorrections() {
        Map<String, Map<Integer, LocalDate>> all = new HashMap<>();
        jdbc.sql("SELECT state, instrument, report_index, due FROM treaty_due_correction ORDER BY id")
                .query((rs, n) -> all.computeIfAbsent(rs.getString("state") + "-" + rs.getString("instrument"), k -> new HashMap<>())
                        .put(rs.getInt("report_index"), rs.getDate("due").toLocalDate()))
                .list();
        return all;
    }

    /** The dates on which the State submitted reports on the instrument, oldest first. */
    List<LocalDate> submissions(String state, Instrument instrument) {
        return jdbc.sql("SELECT submitted_on FROM treaty_report WHERE state = ? AND instrument = ? ORDER BY submitted_on, id")
                .params(state, instrument.name())
                .query((rs, n) -> rs.getDate("submitted_on").toLocalDate()).list();
    }

    void addSubmission(String state, Instrument instrument, LocalDate submittedOn, String by, Instant at) {
        jdbc.sql("INSERT INTO treaty_report (state, instrument, submitted_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)")
                .params(state, instrument.name(), Date.valueOf(submittedOn), by, at.atOffset(ZoneOffset.UTC)).update();
    }

    void addObservations(String state, Instrument instrument, LocalDate adoptedOn, String text, String by, Instant at) {
        jdbc.sql("INSERT INTO concluding_observation (state, instrument, adopted_on, text, recorded_by, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(state, instrument.name(), Date.valueOf(adoptedOn), text, by, at.atOffset(ZoneOffset.UTC)).update();
    }

    private static Participation map(ResultSet rs, int row) throws SQLException {
        String consent = rs.getString("consent");
        return new Participation(rs.getString("state"), Instrument.valueOf(rs.getString("instrument")),
                rs.getBoolean("signed"), local(rs.getDate("signed_on")),
                consent == null ? null : TreatyAction.valueOf(consent), local(rs.getDate("consent_on")),
                local(rs.getDate("entry_into_force")), rs.getBoolean("declaration_art76"), local(rs.getDate("declaration_art76_on")),
                rs.getBoolean("declaration_art77"), local(rs.getDate("declaration_art77_on")), rs.getString("reservations"),
                !NOT_RECORDED.equals(rs.getString("report_history")));
    }

    private static String history(Participation p) {
        return p.reportHistoryRecorded() ? RECORDED : NOT_RECORDED;
    }

    private static LocalDate local(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
