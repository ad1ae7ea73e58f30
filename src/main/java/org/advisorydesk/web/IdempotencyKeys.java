package org.advisorydesk.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table of first answers, one row per user and key ({@code V30}). */
@Repository
class IdempotencyKeys {

    /** A first answer as stored: {@code status} is null only inside the transaction that makes it. */
    record Answer(String requestHash, Integer status, String location, String contentType, byte[] body) {
    }

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the key for this call; fails with a duplicate key while another call holds or held it. */
    void claim(String user, String key, String requestHash, Instant now, Instant expiredBefore) {
        jdbc.sql("DELETE FROM idempotency_key WHERE user_id = ? AND created_at < ?")
                .params(user, utc(expiredBefore)).update();
        jdbc.sql("INSERT INTO idempotency_key (user_id, key_value, request_hash, created_at) VALUES (?, ?, ?, ?)")
                .params(user, key, requestHash, utc(now)).update();
    }

    void answer(String user, String key, int status, String location, String contentType, byte[] body) {
        jdbc.sql("UPDATE idempotency_key SET status = ?, location = ?, content_type = ?, body = ? "
                        + "WHERE user_id = ? AND key_value = ?")
                .params(status, location, contentType, body, user, key).update();
    }

    Optional<Answer> find(String user, String key, Instant expiredBefore) {
        return jdbc.sql("SELECT request_hash, status, location, content_type, body FROM idempotency_key "
                        + "WHERE user_id = ? AND key_value = ? AND created_at >= ?")
                .params(user, key, utc(expiredBefore))
                .query((rs, n) -> new Answer(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                        rs.getString(4), rs.getBytes(5)))
                .optional();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
