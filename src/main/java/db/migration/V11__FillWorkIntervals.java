package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Fills what V10 added for the work done before it, once: each earlier request's time with the agencies
 * and with the government, its first delivery and its end, replayed from the status changes of its
 * record; and each user task the engine's history knows, with its side, agency, times and due date (the
 * history does not say when a task was first claimed: those earlier tasks count in no claim wait).
 */
public class V11__FillWorkIntervals extends BaseJavaMigration {

    private static final Set<String> WITH_GOVERNMENT = Set.of("AWAITING_CLARIFICATION", "AWAITING_GOVERNMENT", "DELIVERED");
    private static final Set<String> FINAL = Set.of("CLOSED", "WITHDRAWN", "REJECTED", "LAPSED");
    private static final Set<String> AGENCIES = Set.of("ilo", "iom", "ohchr", "unesco");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<String, Request> requests = requests(connection);
        replayStatuses(connection, requests);
        try (PreparedStatement update = connection.prepareStatement("UPDATE assistance_request SET status_since = ?, "
                + "delivered_at = ?, cycle_seconds = ?, finished_at = ?, agency_seconds = ?, government_seconds = ? WHERE id = ?")) {
            for (Request r : requests.values()) {
                update.setObject(1, utc(r.since));
                update.setObject(2, utc(r.delivered));
                update.setObject(3, r.delivered == null ? null : seconds(r.submitted, r.delivered));
                update.setObject(4, utc(r.finished));
                update.setLong(5, r.agency);
                update.setLong(6, r.government);
                update.setLong(7, r.id);
                update.addBatch();
            }
            update.executeBatch();
        }
        if (tableExists(connection, "ACT_HI_TASKINST")) {
            tasks(connection, requests);
        }
    }

    private static final class Request {
        long id;
        String state;
        Instant submitted;
        Instant since;
        String status = "SUBMITTED";
        Instant delivered;
        Instant finished;
        long agency;
        long government;
    }

    private static Map<String, Request> requests(Connection connection) throws SQLException {
        Map<String, Request> requests = new HashMap<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT id, reference, requesting_state, submitted_at FROM assistance_request")) {
            while (rows.next()) {
                Request r = new Request();
                r.id = rows.getLong("id");
                r.state = rows.getString("requesting_state");
                r.submitted = rows.getObject("submitted_at", OffsetDateTime.class).toInstant();
                r.since = r.submitted;
                requests.put(rows.getString("reference"), r);
            }
        }
        return requests;
    }

    private static void replayStatuses(Connection connection, Map<String, Request> requests) throws Exception {
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT case_key, occurred_at, payload FROM case_entry "
                        + "WHERE kind = 'STATUS_CHANGED' ORDER BY case_key, occurred_at, id")) {
            while (rows.next()) {
                Request r = requests.get(rows.getString("case_key"));
                Object to = JSON.readValue(rows.getString("payload"), Map.class).get("to");
                if (r == null || to == null || to.equals(r.status)) {
                    continue;
                }
                Instant at = rows.getObject("occurred_at", OffsetDateTime.class).toInstant();
                long elapsed = seconds(r.since, at);
                if (WITH_GOVERNMENT.contains(r.status)) {
                    r.government += elapsed;
                } else if (!FINAL.contains(r.status)) {
                    r.agency += elapsed;
                }
                r.status = (String) to;
                r.since = at;
                if (r.status.equals("DELIVERED") && r.delivered == null) {
                    r.delivered = at;
                }
                r.finished = FINAL.contains(r.status) ? at : null;
            }
        }
    }

    /** Every user task of a case the history knows, open or ended, as the product would have kept it. */
    private static void tasks(Connection connection, Map<String, Request> requests) throws SQLException {
        Map<String, String> groups = new HashMap<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT TASK_ID_, GROUP_ID_ FROM ACT_HI_IDENTITYLINK "
                        + "WHERE TYPE_ = 'candidate' AND OPERATION_TYPE_ = 'add' AND GROUP_ID_ IS NOT NULL AND TASK_ID_ IS NOT NULL")) {
            while (rows.next()) {
                groups.putIfAbsent(rows.getString(1), rows.getString(2));
            }
        }
        Map<String, String> types = new HashMap<>();
        Map<String, String> leads = new HashMap<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT PROC_INST_ID_, NAME_, TEXT_ FROM ACT_HI_VARINST "
                        + "WHERE NAME_ IN ('assistanceType', 'leadGroup') AND TASK_ID_ IS NULL")) {
            while (rows.next()) {
                (rows.getString(2).equals("assistanceType") ? types : leads).put(rows.getString(1), rows.getString(3));
            }
        }
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT t.ID_, t.PROC_INST_ID_, t.PROC_DEF_KEY_, t.TASK_DEF_KEY_, t.NAME_, "
                        + "t.ASSIGNEE_, t.START_TIME_, t.END_TIME_, t.DUE_DATE_, t.DELETE_REASON_, p.BUSINESS_KEY_ "
                        + "FROM ACT_HI_TASKINST t JOIN ACT_HI_PROCINST p ON p.ID_ = t.PROC_INST_ID_ WHERE p.BUSINESS_KEY_ IS NOT NULL");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO task_interval (task_id, case_key, state, "
                        + "process_key, task_key, task_name, assistance_type, side, agency, assignee, created_at, due_at, "
                        + "ended_at, open_seconds, is_open, completed, on_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            while (rows.next()) {
                String businessKey = rows.getString("BUSINESS_KEY_");
                Request request = requests.get(businessKey);
                String state = request != null ? request.state
                        : businessKey.matches("[A-Z]{3}-.+") ? businessKey.substring(0, 3) : null;
                String group = groups.get(rows.getString("ID_"));
                String agency = group != null && AGENCIES.contains(group) ? group.toUpperCase()
                        : lead(leads.get(rows.getString("PROC_INST_ID_")));
                Instant created = instant(rows.getTimestamp("START_TIME_"));
                Instant ended = instant(rows.getTimestamp("END_TIME_"));
                Instant due = instant(rows.getTimestamp("DUE_DATE_"));
                boolean completed = ended != null && "completed".equals(rows.getString("DELETE_REASON_"));
                insert.setString(1, rows.getString("ID_"));
                insert.setString(2, businessKey);
                insert.setString(3, state);
                insert.setString(4, rows.getString("PROC_DEF_KEY_"));
                insert.setString(5, rows.getString("TASK_DEF_KEY_"));
                insert.setString(6, rows.getString("NAME_") == null ? rows.getString("TASK_DEF_KEY_") : rows.getString("NAME_"));
                insert.setString(7, types.get(rows.getString("PROC_INST_ID_")));
                insert.setString(8, side(group));
                insert.setString(9, agency);
                insert.setString(10, rows.getString("ASSIGNEE_"));
                insert.setObject(11, utc(created));
                insert.setObject(12, utc(due));
                insert.setObject(13, utc(ended));
                insert.setObject(14, ended == null ? null : seconds(created, ended));
                insert.setBoolean(15, ended == null);
                insert.setBoolean(16, completed);
                insert.setObject(17, completed && due != null ? !ended.isAfter(due) : null);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String lead(String group) {
        return group != null && AGENCIES.contains(group) ? group.toUpperCase() : null;
    }

    /** The side as the record stores it: {@code AGENCY:ILO}, {@code GOVERNMENT:PRY}, the desk's groups. */
    private static String side(String group) {
        if (group == null) {
            return "SYSTEM";
        }
        if (AGENCIES.contains(group)) {
            return "AGENCY:" + group.toUpperCase();
        }
        if (group.matches("gov-[a-z]{3}")) {
            return "GOVERNMENT:" + group.substring(4).toUpperCase();
        }
        return switch (group) {
            case "coordinators" -> "COORDINATORS";
            case "managers" -> "MANAGERS";
            default -> "SYSTEM";
        };
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[] {table, table.toLowerCase()}) {
            try (ResultSet tables = meta.getTables(null, null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long seconds(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toSeconds());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
