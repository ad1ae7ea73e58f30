package org.advisorydesk.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notifications by e-mail. The mail server itself is Spring's {@code spring.mail.*}; without
 * {@code spring.mail.host} nothing is sent and the outbox records each notification as NOT_SENT.
 */
@ConfigurationProperties("advisorydesk.notifications")
public record NotificationProperties(@DefaultValue("desk@advisorydesk.example.org") String from) {
}
