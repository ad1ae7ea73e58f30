package org.advisorydesk.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The days whose dashboard figures a piece of work has just changed, logged in the work's own
 * transaction ({@code dashboard_change}, one appended row, no lock taken) so that the dashboard's
 * rollups of those days are folded again and, until then, read from the product's tables instead.
 */
@Component
public class FigureChanges {

    private final JdbcClient jdbc;

    FigureChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Something that counts on the UTC day of this instant (a submission, a status change, a task's end). */
    public void changed(Instant at) {
        jdbc.sql("INSERT INTO dashboard_change (changed_on) VALUES (?)").param(LocalDate.ofInstant(at, ZoneOffset.UTC)).update();
    }

    /** The request's figures changed as a whole (its routing): every day it was counted on. */
    public void changedRequest(long requestId) {
        for (String column : new String[] {"submitted_at", "delivered_at", "finished_at"}) {
            jdbc.sql("INSERT INTO dashboard_change (changed_on) SELECT CAST(" + column + " AT TIME ZONE 'UTC' AS DATE) "
                            + "FROM assistance_request WHERE id = ? AND " + column + " IS NOT NULL")
                    .param(requestId).update();
        }
    }
}
