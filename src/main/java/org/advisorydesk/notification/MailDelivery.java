package org.advisorydesk.notification;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands recorded notifications to the mail server once the work that caused them has committed (at
 * once when there was no transaction), and marks each SENT or FAILED. Nothing here ever fails the
 * caller's work: that work is already committed, and a mail server's trouble is recorded, not thrown.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final Outbox outbox;
    private final NotificationProperties properties;
    private final Clock clock;

    MailDelivery(ObjectProvider<JavaMailSender> mailSender, Outbox outbox, NotificationProperties properties, Clock clock) {
        this.clock = clock;
        this.mailSender = mailSender;
        this.outbox = outbox;
        this.properties = properties;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void deliver(NotificationsRecorded recorded) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.debug("No mail server configured (spring.mail.host): {} notifications stay NOT_SENT",
                    recorded.envelopes().size());
            return;
        }
        recorded.envelopes().forEach(envelope -> deliver(sender, envelope));
    }

    private void deliver(JavaMailSender sender, Envelope envelope) {
        try {
            sender.send(message(envelope));
        } catch (RuntimeException e) {
            log.warn("Notification {} to {} failed: {}", envelope.outboxId(), envelope.recipient(), e.toString());
            mark(envelope, e);
            return;
        }
        mark(envelope, null);
    }

    private SimpleMailMessage message(Envelope envelope) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(envelope.recipient());
        message.setSubject(envelope.mail().subject());
        message.setText(envelope.mail().body());
        return message;
    }

    private void mark(Envelope envelope, RuntimeException failure) {
        try {
            if (failure == null) {
                outbox.markSent(envelope.outboxId(), clock.instant());
            } else {
                outbox.markFailed(envelope.outboxId(), describe(failure));
            }
        } catch (RuntimeException e) {
            // the row stays NOT_SENT, which is what an administrator should then look at
            log.error("Could not record the outcome of notification {}", envelope.outboxId(), e);
        }
    }

    /** The failure and its causes, as an administrator reading the outbox needs them. */
    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
            text.append(depth == 0 ? "" : " <- ").append(cause.getClass().getSimpleName()).append(": ")
                    .append(cause.getMessage());
        }
        return text.toString();
    }
}
