package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Moves every row of the old {@code request_event} into {@code case_entry}, once. Rows whose meaning is
 * certain become typed entries (status changes for everyone; a government's own comments and
 * documents for it; notifications and overdue notices for staff); every other row (steps, routing,
 * staff comments) is kept word for word as a staff-only {@code LEGACY} entry. Nothing is lost, and
 * nothing that was internal becomes readable by a government.
 */
public class V9__ClassifyRequestHistory extends BaseJavaMigration {

    private static final Pattern NOTIFICATION = Pattern.compile("([A-Z_]+) to (\\d+) recipients");
    private static final Pattern DOCUMENT = Pattern.compile("(.+) v(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<String, String> sides = sides(connection);
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT e.id, a.reference, e.occurred_at, e.actor, e.kind, e.detail, "
                        + "a.id AS request_id FROM request_event e JOIN assistance_request a ON a.id = e.request_id ORDER BY e.id");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO case_entry (case_key, occurred_at, "
                        + "actor, actor_side, kind, audience, payload) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            while (rows.next()) {
                String actor = rows.getString("actor");
                String side = actor == null ? "SYSTEM" : sides.getOrDefault(actor, "SYSTEM");
                boolean byGovernment = side.startsWith("GOVERNMENT:");
                Entry entry = classify(rows.getString("kind"), rows.getString("detail"), byGovernment,
                        connection, rows.getLong("request_id"));
                if (entry.kind().equals("STATUS_CHANGED") && !byGovernment) {
                    side = "SYSTEM"; // as now: a status the staff's work moved reads as the desk's
                }
                insert.setString(1, rows.getString("reference"));
                insert.setObject(2, rows.getObject("occurred_at", java.time.OffsetDateTime.class));
                insert.setString(3, actor);
                insert.setString(4, side);
                insert.setString(5, entry.kind());
                insert.setString(6, entry.audience());
                insert.setString(7, JSON.writeValueAsString(entry.payload()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        submittedSides(connection, sides);
        try (Statement drop = connection.createStatement()) {
            drop.execute("DROP TABLE request_event");
        }
    }

    /** Who submitted each earlier request: a State's focal point, or else the coordinators on its behalf. */
    private static void submittedSides(Connection connection, Map<String, String> sides) throws SQLException {
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT id, submitted_by FROM assistance_request");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE assistance_request SET submitted_side = ? WHERE id = ?")) {
            while (rows.next()) {
                update.setString(1, sides.getOrDefault(rows.getString("submitted_by"), "COORDINATORS"));
                update.setLong(2, rows.getLong("id"));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private record Entry(String kind, String audience, Map<String, Object> payload) {
    }

    private static Entry classify(String kind, String detail, boolean byGovernment, Connection connection,
            long requestId) throws SQLException {
        String text = detail == null ? "" : detail;
        switch (kind) {
            case "STATUS":
                return new Entry("STATUS_CHANGED", "GOVERNMENT", Map.of("to", text));
            case "COMMENT":
                return byGovernment ? new Entry("COMMENT", "GOVERNMENT", Map.of("text", text)) : legacy(kind, text);
            case "NOTIFICATION": {
                Matcher m = NOTIFICATION.matcher(text);
                return m.matches() ? new Entry("NOTIFICATION_SENT", "STAFF",
                        Map.of("notice", m.group(1), "recipients", Integer.parseInt(m.group(2)))) : legacy(kind, text);
            }
            case "OVERDUE":
                return new Entry("TASK_OVERDUE", "STAFF", Map.of("taskName", text));
            case "DOCUMENT": {
                Matcher m = DOCUMENT.matcher(text);
                if (m.matches()) {
                    Map<String, Object> document = document(connection, requestId, m.group(1), Integer.parseInt(m.group(2)));
                    if (document != null) {
                        if (byGovernment) {
                            ownedByGovernment(connection, (Long) document.get("documentId"));
                        }
                        return new Entry("DOCUMENT_ADDED", byGovernment ? "GOVERNMENT" : "STAFF", document);
                    }
                }
                return legacy(kind, text);
            }
            default:
                return legacy(kind, text);
        }
    }

    private static void ownedByGovernment(Connection connection, long documentId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE request_document SET owner_side = "
                + "(SELECT 'GOVERNMENT:' || a.requesting_state FROM assistance_request a WHERE a.id = request_id) WHERE id = ?")) {
            update.setLong(1, documentId);
            update.executeUpdate();
        }
    }

    private static Entry legacy(String kind, String text) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("legacyKind", kind);
        payload.put("text", text);
        return new Entry("LEGACY", "STAFF", payload);
    }

    private static Map<String, Object> document(Connection connection, long requestId, String name, int version)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, kind FROM request_document WHERE request_id = ? AND name = ? AND version = ?")) {
            query.setLong(1, requestId);
            query.setString(2, name);
            query.setInt(3, version);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("documentId", rs.getLong("id"));
                payload.put("name", name);
                payload.put("version", version);
                payload.put("documentKind", rs.getString("kind"));
                return payload;
            }
        }
    }

    /**
     * The side each user acted for, from the engine's memberships when its tables exist already (a
     * database the product ran on before): a State's government, else an agency, the coordinators, the
     * managers. The same order as the record's own {@code ActorSide}.
     */
    private static Map<String, String> sides(Connection connection) throws SQLException {
        Map<String, java.util.TreeSet<String>> groups = new java.util.HashMap<>();
        if (tableExists(connection, "ACT_ID_MEMBERSHIP")) {
            try (Statement select = connection.createStatement();
                    ResultSet rs = select.executeQuery("SELECT USER_ID_, GROUP_ID_ FROM ACT_ID_MEMBERSHIP")) {
                while (rs.next()) {
                    groups.computeIfAbsent(rs.getString(1), u -> new java.util.TreeSet<>()).add(rs.getString(2));
                }
            }
        }
        Map<String, String> sides = new java.util.HashMap<>();
        groups.forEach((user, ids) -> sides.put(user, side(ids)));
        return sides;
    }

    private static String side(java.util.TreeSet<String> groups) {
        for (String group : groups) {
            if (group.startsWith("gov-") && group.length() == 7) {
                return "GOVERNMENT:" + group.substring(4).toUpperCase(java.util.Locale.ROOT);
            }
        }
        for (String agency : new String[] {"ilo", "iom", "ohchr", "unesco"}) {
            if (groups.contains(agency)) {
                return "AGENCY:" + agency.toUpperCase(java.util.Locale.ROOT);
            }
        }
        return groups.contains("coordinators") ? "COORDINATORS" : groups.contains("managers") ? "MANAGERS" : "SYSTEM";
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Set<String> names = new HashSet<>(Set.of(table, table.toLowerCase(java.util.Locale.ROOT)));
        for (String name : names) {
            try (ResultSet rs = meta.getTables(null, null, name, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
