package org.advisorydesk.notification;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a notification's subject and body from the {@code mail} message bundles. Every text is
 * formatted with the same arguments: {0} the reference, {1} the task's name, {2} the due date, {3} the
 * detail.
 */
@Component
class MailWriter {

    /** Camunda's users carry no language, so every notification is written in English. */
    static final Locale LANGUAGE = Locale.ENGLISH;

    static final int SUBJECT_LIMIT = 500;
    static final int BODY_LIMIT = 20_000;

    // an unambiguous date for readers in every time zone
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final MessageSource messages;

    MailWriter(MessageSource messages) {
        this.messages = messages;
    }

    Mail write(NotificationKind kind, String reference, String taskName, Instant due, String detail) {
        boolean hasDetail = detail != null && !detail.isBlank();
        Object[] arguments = {reference, orEmpty(taskName), due == null ? "" : DUE.format(due),
                hasDetail ? detail.strip() : ""};
        String subject = text(kind.subjectKey(), arguments);
        StringBuilder body = new StringBuilder(text(kind.bodyKey(), arguments));
        if (hasDetail) {
            body.append("\n\n").append(text("mail.detail", arguments));
        }
        body.append("\n\n").append(text("mail.footer", arguments));
        return written(subject, body.toString());
    }

    /** A text its sender wrote, held to the outbox's limits. */
    Mail written(String subject, String body) {
        return new Mail(cut(subject.replaceAll("\\s+", " ").strip(), SUBJECT_LIMIT), cut(body, BODY_LIMIT));
    }

    private String text(String key, Object[] arguments) {
        return messages.getMessage(key, arguments, LANGUAGE);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    /** The outbox's columns have limits; a long text written by a caller must not fail their work. */
    private static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
