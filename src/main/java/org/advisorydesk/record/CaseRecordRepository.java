package org.advisorydesk.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The {@code case_entry} table: one row per entry, the payload as JSON. */
@Repository
class CaseRecordRepository {

    private static final TypeReference<Map<String, Object>> PAYLOAD = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, case_key, occurred_at, actor, actor_side, kind, audience, payload";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    CaseRecordRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(String caseKey, Instant at, String actor, ActorSide side, EntryKind kind, Audience audience,
            Map<String, Object> payload) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO case_entry (case_key, occurred_at, actor, actor_side, kind, audience, payload) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(caseKey, at.atOffset(ZoneOffset.UTC), actor, side.stored(), kind.name(), audience.name(),
                        write(payload))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<CaseEntry> entries(String caseKey, Audience onlyAudience) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM case_entry WHERE case_key = :key"
                        + (onlyAudience == null ? "" : " AND audience = :audience") + " ORDER BY occurred_at, id")
                .param("key", caseKey)
                .param("audience", onlyAudience == null ? null : onlyAudience.name())
                .query(this::map).list();
    }

    List<CaseEntry> entries(String caseKey, EntryKind kind) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM case_entry WHERE case_key = ? AND kind = ? ORDER BY occurred_at, id")
                .params(caseKey, kind.name()).query(this::map).list();
    }

    private CaseEntry map(ResultSet rs, int row) throws SQLException {
        return new CaseEntry(rs.getLong("id"), rs.getString("case_key"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                ActorSide.parse(rs.getString("actor_side")), EntryKind.valueOf(rs.getString("kind")),
                Audience.valueOf(rs.getString("audience")), read(rs.getString("payload")));
    }

    private String write(Map<String, Object> payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A payload of texts, numbers, lists and maps: " + payload, e);
        }
    }

    private Map<String, Object> read(String payload) {
        try {
            return payload == null ? Map.of() : json.readValue(payload, PAYLOAD);
        } catch (JsonProcessingException e) {
            return Map.of("text", payload);
        }
    }
}
