package org.advisorydesk.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Set;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.identity.Groups;
import org.advisorydesk.notification.NotificationKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the managers the figures of the last seven days, once a week: the node whose row for the
 * ISO week ({@code dashboard_digest}) goes in sends it, in the same transaction; the others, and a
 * second run in the same week, find the week taken.
 */
@Component
public class WeeklyDigest {

    private static final Logger LOG = LoggerFactory.getLogger(WeeklyDigest.class);

    /** The digest reads the figures as a manager sees them: every agency's. */
    static final CurrentUser READER = new CurrentUser("weekly-digest", Set.of(Groups.MANAGERS));

    private final Dashboard dashboard;
    private final DigestText text;
    private final DashboardMail mail;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    WeeklyDigest(Dashboard dashboard, DigestText text, DashboardMail mail, JdbcClient jdbc,
            TransactionTemplate transaction, Clock clock) {
        this.dashboard = dashboard;
        this.text = text;
        this.mail = mail;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Sends this week's digest unless it was sent; answers whether this call sent it. */
    @Scheduled(cron = "${advisorydesk.dashboard.digest.cron:0 0 7 * * MON}", zone = "${advisorydesk.dashboard.digest.zone:UTC}")
    public boolean send() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        String week = week(today);
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.sql("INSERT INTO dashboard_digest (week, sent_at) VALUES (?, ?)")
                        .params(week, now.atOffset(ZoneOffset.UTC)).update();
                DashboardFilter lastSevenDays = new DashboardFilter(today.minusDays(7), today.minusDays(1), null, null,
                        null, null);
                DigestText.Written written = text.write(dashboard.figures(READER, lastSevenDays));
                mail.send("digest-" + week, NotificationKind.WEEKLY_DIGEST,
                        written.subject(), written.body());
            });
            return true;
        } catch (DuplicateKeyException sentAlready) {
            LOG.debug("The digest of {} was sent already", week);
            return false;
        }
    }

    /** The ISO week of the day, {@code 2026-W49}. */
    static String week(LocalDate day) {
        return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
