package org.advisorydesk.treaty;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.advisorydesk.request.Instrument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The treaty register's tables. */
@Repository
class TreatyRepository {

    private static final String COLUMNS = "state, instrument, signed, signed_on, consent, consent_on, entry_into_force, "
            + "declaration_art76, declaration_art77, reservations";

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
                        + "entry_into_force = ?, declaration_art76 = ?, declaration_art77 = ?, reservations = ? "
                        + "WHERE state = ? AND instrument = ?")
                .params(p.signed(), date(p.signedOn()), p.consent() == null ? null : p.consent().name(), date(p.consentOn()),
                        date(p.entryIntoForce()), p.declarationArt76(), p.declarationArt77(), p.reservations(),
                        p.state(), p.instrument().name())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO treaty_participation (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(p.state(), p.instrument().name(), p.signed(), date(p.signedOn()),
                            p.consent() == null ? null : p.consent().name(), date(p.consentOn()), date(p.entryIntoForce()),
                            p.declarationArt76(), p.declarationArt77(), p.reservations())
                    .update();
        }
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
                local(rs.getDate("entry_into_force")), rs.getBoolean("declaration_art76"),
                rs.getBoolean("declaration_art77"), rs.getString("reservations"));
    }

    private static LocalDate local(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
