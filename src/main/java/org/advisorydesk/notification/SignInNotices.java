package org.advisorydesk.notification;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.advisorydesk.identity.SignInFailuresNoticed;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the owner of an account that sign-ins to it failed repeatedly, from which addresses, and that
 * the account is not locked. Camunda's users carry no language, so the notice is in English, French and
 * Spanish at once (as the owner may read any of them).
 */
@Component
class SignInNotices {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es")};

    private final MessageSource messages;
    private final Notifications notifications;

    SignInNotices(MessageSource messages, Notifications notifications) {
        this.messages = messages;
        this.notifications = notifications;
    }

    @EventListener
    void noticed(SignInFailuresNoticed noticed) {
        Object[] arguments = {noticed.account(), Integer.toString(noticed.failures()), String.join(", ", noticed.addresses()),
                MOMENT.format(noticed.at())};
        StringBuilder body = new StringBuilder();
        for (Locale language : LANGUAGES) {
            if (!body.isEmpty()) {
                body.append("\n\n---\n\n");
            }
            body.append(messages.getMessage("mail.signInFailures.body", arguments, language));
        }
        String reference = ("sign-in-" + noticed.account());
        notifications.toUser(noticed.account(), reference.length() > 64 ? reference.substring(0, 64) : reference,
                NotificationKind.SIGN_IN_FAILURES, messages.getMessage("mail.signInFailures.subject", arguments, Locale.ENGLISH),
                body.toString());
    }
}
