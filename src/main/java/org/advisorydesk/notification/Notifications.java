package org.advisorydesk.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.advisorydesk.identity.Groups;
import org.advisorydesk.record.ActorSide;
import org.advisorydesk.record.CaseKey;
import org.advisorydesk.record.CaseRecord;
import org.advisorydesk.record.EntryKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people by e-mail what the desk needs from them or has done for them: a group of its new work,
 * a government of its request's progress, the managers of overdue work.
 *
 * <p>Each notification is recorded in the outbox and in the request's history within the caller's
 * transaction, and sent only after that transaction commits: work that rolls back sends nothing, and a
 * failing mail server never fails the work (the outbox records the failure).
 */
@Service
public class Notifications {

    private final Recipients recipients;
    private final MailWriter writer;
    private final Outbox outbox;
    private final CaseRecord record;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifications(Recipients recipients, MailWriter writer, Outbox outbox, CaseRecord record,
            ApplicationEventPublisher events, Clock clock) {
        this.recipients = recipients;
        this.writer = writer;
        this.outbox = outbox;
        this.record = record;
        this.events = events;
        this.clock = clock;
    }

    /** Tells each member of the group that receives a new task about it. */
    @Transactional
    public void newWork(String groupId, String reference, String taskName) {
        Objects.requireNonNull(groupId, "groupId");
        send(reference, NotificationKind.NEW_WORK, recipients.of(List.of(groupId)),
                writer.write(NotificationKind.NEW_WORK, reference, taskName, null, null));
    }

    /**
     * Tells the government of a State: every member of its {@code gov-xxx} group and the request's
     * contact address. The detail (a question, a reason) is quoted in the mail when given.
     */
    @Transactional
    public void toGovernment(String stateIso3, String contactEmail, String reference, NotificationKind kind,
            String detail) {
        Objects.requireNonNull(stateIso3, "stateIso3");
        send(reference, kind, recipients.of(List.of(Groups.government(stateIso3)), contactEmail),
                writer.write(kind, reference, null, null, detail));
    }

    /** Tells the managers that a task is past its due date. */
    @Transactional
    public void overdue(String reference, String taskName, Instant due) {
        send(reference, NotificationKind.OVERDUE, recipients.of(List.of(Groups.MANAGERS)),
                writer.write(NotificationKind.OVERDUE, reference, taskName, due, null));
    }

    /** Tells every member of the groups, each once, such as all groups involved in a withdrawn request. */
    @Transactional
    public void toGroups(Collection<String> groupIds, String reference, NotificationKind kind, String detail) {
        send(reference, kind, recipients.of(List.copyOf(groupIds)), writer.write(kind, reference, null, null, detail));
    }

    /**
     * Tells every member of the group a text its sender wrote, such as the dashboard's alerts to the
     * managers. The reference names what the notice is about in the outbox ({@code alert-7}).
     */
    @Transactional
    public void written(String groupId, String reference, NotificationKind kind, String subject, String body) {
        sendWritten(reference, kind, recipients.of(List.of(groupId)), subject, body);
    }

    /** Tells one user a text its sender wrote (an unknown user, or one without an address, is told nothing). */
    @Transactional
    public void toUser(String userId, String reference, NotificationKind kind, String subject, String body) {
        sendWritten(reference, kind, recipients.ofUser(userId), subject, body);
    }

    /** A text its sender wrote, of a kind whose text is not in the mail bundles. */
    private void sendWritten(String reference, NotificationKind kind, List<String> addresses, String subject, String body) {
        if (kind.writtenFromMailBundles()) {
            throw new IllegalArgumentException(kind + " is written from the mail bundles");
        }
        send(reference, kind, addresses, writer.written(subject, body));
    }

    private void send(String reference, NotificationKind kind, List<String> addresses, Mail mail) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(kind, "kind");
        Instant now = clock.instant();
        List<Envelope> envelopes = addresses.stream()
                .map(address -> new Envelope(outbox.record(reference, address, kind, mail, now), address, mail))
                .toList();
        recordInHistory(reference, kind, envelopes.size());
        if (!envelopes.isEmpty()) {
            events.publishEvent(new NotificationsRecorded(envelopes));
        }
    }

    /** In the record of the case the notice is about (a request or a monitoring case), for staff. */
    private void recordInHistory(String reference, NotificationKind kind, int recipientCount) {
        CaseKey.parse(reference).ifPresent(key -> record.append(key, EntryKind.NOTIFICATION_SENT, null, ActorSide.SYSTEM,
                Map.of("notice", kind.name(), "recipients", recipientCount)));
    }
}
