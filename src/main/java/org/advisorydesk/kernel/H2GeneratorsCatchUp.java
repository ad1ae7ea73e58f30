package org.advisorydesk.kernel;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After a crash of the H2 file, its value generators may stand behind what the file holds: H2 keeps an
 * identity column's or a sequence's next value apart from the rows, and {@code kill -9} can lose the
 * latest of it while every committed row survives (SubmissionCrashTest found a case-record entry's id
 * handed out again after a restart: a primary-key violation, a 500 on the next submission). So at every
 * start, once our migrations ran and before anything writes, each identity column of ours is moved past
 * its table's largest id and the reference sequence past the largest reference number. A generator that is
 * ahead stays where it is (values of rolled-back inserts are not handed out again either). PostgreSQL
 * logs its sequences with the commit and needs none of it.
 */
@Component
class H2GeneratorsCatchUp implements Callback {

    private static final Logger LOG = LoggerFactory.getLogger(H2GeneratorsCatchUp.class);

    /** The sequence of request references, and the table and column whose largest number it must pass. */
    static final String REFERENCE_SEQUENCE = "REQUEST_REFERENCE_SEQ";

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            catchUp(context.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the H2 file's value generators", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "h2-generators-catch-up";
    }

    /** Moves each generator that stands behind its rows past them; returns how many it moved. */
    static int catchUp(Connection connection) throws SQLException {
        if (DatabaseProduct.of(connection) != DatabaseProduct.H2) {
            return 0;
        }
        int moved = 0;
        try (Statement statement = connection.createStatement()) {
            for (Identity identity : identities(statement)) {
                long largest = largest(statement, "SELECT MAX(\"" + identity.column + "\") FROM \"" + identity.table + "\"");
                if (largest >= identity.next) {
                    statement.execute("ALTER TABLE \"" + identity.table + "\" ALTER COLUMN \"" + identity.column
                            + "\" RESTART WITH " + (largest + 1));
                    LOG.warn("H2 identity {}.{} stood at {} behind its largest id {}: moved past it (the file was not closed cleanly)",
                            identity.table, identity.column, identity.next, largest);
                    moved++;
                }
            }
            Long next = sequenceNext(statement);
            if (next != null) {
                // references read TA-<year>-<number>; the number is the sequence's, across years
                long largest = largest(statement, "SELECT MAX(CAST(SUBSTRING(reference, 9) AS BIGINT)) FROM assistance_request");
                if (largest >= next) {
                    statement.execute("ALTER SEQUENCE " + REFERENCE_SEQUENCE + " RESTART WITH " + (largest + 1));
                    LOG.warn("H2 sequence {} stood at {} behind the largest reference number {}: moved past it",
                            REFERENCE_SEQUENCE, next, largest);
                    moved++;
                }
            }
        }
        return moved;
    }

    private record Identity(String table, String column, long next) {
    }

    private static List<Identity> identities(Statement statement) throws SQLException {
        List<Identity> identities = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SELECT TABLE_NAME, COLUMN_NAME, IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND IS_IDENTITY = 'YES'")) {
            while (rs.next()) {
                identities.add(new Identity(rs.getString(1), rs.getString(2), rs.getLong(3)));
            }
        }
        return identities;
    }

    private static Long sequenceNext(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES "
                + "WHERE SEQUENCE_SCHEMA = CURRENT_SCHEMA AND SEQUENCE_NAME = '" + REFERENCE_SEQUENCE + "'")) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private static long largest(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            long largest = rs.getLong(1);
            return rs.wasNull() ? 0 : largest;
        }
    }
}
