package org.advisorydesk.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The table of every notification sent or that would have been sent. A notification is recorded in the
 * transaction of the work that causes it; its outcome is marked later, in a transaction of its own.
 */
@Repository
class Outbox {

    static final int ERROR_LIMIT = 2000;

    private static final String COLUMNS = "id, reference, recipient, kind, subject, body, created_at, sent_at, state, error";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    Outbox(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        // marking happens after the work's transaction committed, while its connection may still be bound
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records a notification as NOT_SENT and answers its id. */
    long record(String reference, String recipient, NotificationKind kind, Mail mail, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO notification_outbox (reference, recipient, kind, subject, body, created_at, state) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(reference, recipient, kind.name(), mail.subject(), mail.body(), utc(at), OutboxState.NOT_SENT.name())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void markSent(long id, Instant at) {
        ownTransaction.executeWithoutResult(status -> jdbc
                .sql("UPDATE notification_outbox SET state = ?, sent_at = ?, error = NULL WHERE id = ?")
                .params(OutboxState.SENT.name(), utc(at), id).update());
    }

    void markFailed(long id, String error) {
        String cut = error.length() <= ERROR_LIMIT ? error : error.substring(0, ERROR_LIMIT);
        ownTransaction.executeWithoutResult(status -> jdbc
                .sql("UPDATE notification_outbox SET state = ?, error = ? WHERE id = ?")
                .params(OutboxState.FAILED.name(), cut, id).update());
    }

    /** The notifications about a request (or other reference), oldest first. */
    List<OutboxEntry> entriesFor(String reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_outbox WHERE reference = ? ORDER BY created_at, id")
                .param(reference).query(Outbox::map).list();
    }

    private static OutboxEntry map(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(rs.getLong("id"), rs.getString("reference"), rs.getString("recipient"),
                NotificationKind.valueOf(rs.getString("kind")), rs.getString("subject"), rs.getString("body"),
                instant(rs, "created_at"), instant(rs, "sent_at"), OutboxState.valueOf(rs.getString("state")),
                rs.getString("error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
