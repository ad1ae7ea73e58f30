package org.advisorydesk.notification;

/** A notification recorded in the outbox and waiting to be handed to the mail server. */
record Envelope(long outboxId, String recipient, Mail mail) {
}
