package org.advisorydesk.notification;

import java.time.Instant;

/** One notification to one recipient, as the outbox holds it. Times are UTC instants. */
record OutboxEntry(long id, String reference, String recipient, NotificationKind kind, String subject, String body,
        Instant createdAt, Instant sentAt, OutboxState state, String error) {
}
