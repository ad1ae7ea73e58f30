package org.advisorydesk.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.advisorydesk.dashboard.AlertRule.Comparison;
import org.advisorydesk.dashboard.NewAlertRule.Parsed;
import org.advisorydesk.identity.Agency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The alert rules and their state ({@code dashboard_alert}). A change of state is one conditional
 * UPDATE: of several nodes checking at once, only the one whose update changed the row tells.
 */
@Repository
class AlertRuleRepository {

    private static final String COLUMNS = "id, metric, agency, comparison, threshold, created_by, created_at, crossed, state_since";

    private final JdbcClient jdbc;

    AlertRuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AlertRule> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dashboard_alert ORDER BY id").query(AlertRuleRepository::map).list();
    }

    Optional<AlertRule> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dashboard_alert WHERE id = ?").param(id)
                .query(AlertRuleRepository::map).optional();
    }

    long insert(Parsed rule, String createdBy, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO dashboard_alert (metric, agency, comparison, threshold, created_by, created_at, crossed, "
                        + "state_since) VALUES (?, ?, ?, ?, ?, ?, FALSE, ?)")
                .params(rule.metric().name(), rule.agency() == null ? null : rule.agency().name(), rule.comparison().name(),
                        rule.threshold(), createdBy, utc(at), utc(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM dashboard_alert WHERE id = ?").param(id).update() == 1;
    }

    /** Moves the rule to the state, answering whether this call did it (false: it was there already). */
    boolean enter(long id, boolean crossed, Instant at) {
        return jdbc.sql("UPDATE dashboard_alert SET crossed = ?, state_since = ? WHERE id = ? AND crossed = ?")
                .params(crossed, utc(at), id, !crossed).update() == 1;
    }

    private static AlertRule map(ResultSet rs, int row) throws SQLException {
        String agency = rs.getString("agency");
        return new AlertRule(rs.getLong("id"), AlertMetric.valueOf(rs.getString("metric")),
                agency == null ? null : Agency.valueOf(agency), Comparison.valueOf(rs.getString("comparison")),
                rs.getBigDecimal("threshold"), rs.getString("created_by"), instant(rs, "created_at"),
                rs.getBoolean("crossed"), instant(rs, "state_since"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
