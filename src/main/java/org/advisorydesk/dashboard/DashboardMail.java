package org.advisorydesk.dashboard;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.advisorydesk.identity.Groups;
import org.advisorydesk.notification.NotificationKind;
import org.advisorydesk.notification.Notifications;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the managers' alerts from the {@code alerts} bundles and hands them to the outbox, to every
 * member of the {@code managers} group. Camunda's users carry no language (as for every notification),
 * so the managers read English.
 */
@Component
class DashboardMail {

    static final Locale LANGUAGE = Locale.ENGLISH;

    // an unambiguous moment for readers in every time zone
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final MessageSource messages;
    private final Notifications notifications;
    private final DashboardProperties properties;

    DashboardMail(MessageSource messages, Notifications notifications, DashboardProperties properties) {
        this.messages = messages;
        this.notifications = notifications;
        this.properties = properties;
    }

    /** Tells the managers that the rule's figure crossed its threshold, or came back within it. */
    void alert(AlertRule rule, double value, boolean crossed) {
        String figure = rule.agency() == null ? text("alerts.figure.desk", text("alerts.metric." + rule.metric()))
                : text("alerts.figure.agency", text("alerts.metric." + rule.metric()), rule.agency().name());
        Object[] arguments = {Long.toString(rule.id()), figure, text("alerts.comparison." + rule.comparison()),
                amount(rule.metric(), rule.thresholdText()), amount(rule.metric(), number(value)), rule.createdBy(),
                moment(rule.createdAt()), properties.dashboardLink(rule.dashboardQuery())};
        String key = crossed ? "alerts.mail.crossed" : "alerts.mail.backToNormal";
        send("alert-" + rule.id(), crossed ? NotificationKind.ALERT_CROSSED : NotificationKind.ALERT_BACK_TO_NORMAL,
                text(key + ".subject", arguments), text(key + ".body", arguments));
    }

    /** Sends a text to the managers, with the footer every mail of the dashboard ends with. */
    void send(String reference, NotificationKind kind, String subject, String body) {
        notifications.written(Groups.MANAGERS, reference, kind, subject,
                body + "\n\n" + text("alerts.mail.footer", properties.dashboardLink(null) + "/alerts"));
    }

    /** The text with its arguments; numbers as people write them (5, 72.5), never grouped by a locale. */
    String text(String key, Object... arguments) {
        Object[] plain = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            plain[i] = arguments[i] instanceof Number n ? number(n.doubleValue()) : arguments[i];
        }
        return messages.getMessage(key, plain, LANGUAGE);
    }

    String moment(Instant instant) {
        return MOMENT.format(instant);
    }

    /** A count as people write it (5), a percentage with its sign. */
    String amount(AlertMetric metric, String number) {
        return metric.percentage() ? text("alerts.percent", number) : number;
    }

    /** 5, 72.5: no grouping, no trailing zero, whatever the locale. */
    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
