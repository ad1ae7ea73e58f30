package org.advisorydesk.notification;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.advisorydesk.DeskTest;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.record.Audience;
import org.advisorydesk.record.CaseEntry;
import org.advisorydesk.record.EntryKind;
import org.advisorydesk.request.RequestService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Without a mail server (the shared test context has none) the outbox still records every notification. */
@DeskTest
class NotificationOutboxTest {

    @Autowired Notifications notifications;
    @Autowired RequestService requests;
    @Autowired Outbox outbox;
    @Autowired IdentityService identityService;
    @Autowired TransactionTemplate transaction;

    private final CurrentUser paraguay = new CurrentUser("gov.paraguay", Set.of("gov-pry"));
    /** Who was e-mailed is kept from governments: the coordinators read it. */
    private final CurrentUser coordinator = new CurrentUser("coordinator", Set.of("coordinators"));

    @Test
    void withoutAMailServerWhatWouldHaveBeenSentIsRecordedAsNotSent() {
        String reference = submit().reference();
        Instant before = Instant.now();

        notifications.newWork("ohchr", reference, "Prepare deliverable");

        assertThat(entries(reference, NotificationKind.NEW_WORK).stream()
                .filter(entry -> entry.subject().contains("Prepare deliverable"))).singleElement().satisfies(entry -> {
            assertThat(entry.state()).isEqualTo(OutboxState.NOT_SENT);
            assertThat(entry.recipient()).isEqualTo("ohchr.officer@example.org");
            assertThat(entry.subject()).contains(reference).contains("new work").contains("Prepare deliverable");
            assertThat(entry.body()).contains(reference);
            assertThat(entry.sentAt()).isNull();
            assertThat(entry.createdAt()).isBetween(before.minusSeconds(1), Instant.now());
        });
    }

    @Test
    void eachNotificationIsRecordedInTheRequestsHistoryWithItsNumberOfRecipients() {
        AssistanceRequest request = submit();

        notifications.toGovernment("PRY", request.contactEmail(), request.reference(),
                NotificationKind.DELIVERABLES_READY, null);

        assertThat(history(request.reference())).anySatisfy(entry -> {
            assertThat(entry.text("notice")).isEqualTo("DELIVERABLES_READY");
            assertThat(entry.payload().get("recipients")).isEqualTo(2);
            assertThat(entry.audience()).isEqualTo(Audience.STAFF);
        });
    }

    @Test
    void theContactIsMailedOnceWhenTheyAreAlsoAFocalPoint() {
        String reference = submit().reference();

        notifications.toGovernment("PRY", "GOV.Paraguay@example.org", reference, NotificationKind.REQUEST_CLOSED, null);

        assertThat(entries(reference, NotificationKind.REQUEST_CLOSED)).extracting(OutboxEntry::recipient)
                .containsExactly("gov.paraguay@example.org");
    }

    @Test
    void membersWithoutAnEmailAddressAreSkipped() {
        String group = "notification-test-desk";
        try {
            createGroupWith(group, "notification.with-mail", "notification.without-mail");
            String reference = submit().reference();

            notifications.toGroups(List.of(group), reference, NotificationKind.REQUEST_WITHDRAWN, "The law passed.");

            assertThat(entries(reference, NotificationKind.REQUEST_WITHDRAWN)).singleElement().satisfies(entry -> {
                assertThat(entry.recipient()).isEqualTo("notification.with-mail@example.org");
                assertThat(entry.body()).contains("The law passed.");
            });
            assertThat(history(reference)).anySatisfy(entry -> {
                assertThat(entry.text("notice")).isEqualTo("REQUEST_WITHDRAWN");
                assertThat(entry.payload().get("recipients")).isEqualTo(1);
            });
        } finally {
            identityService.deleteUser("notification.with-mail");
            identityService.deleteUser("notification.without-mail");
            identityService.deleteGroup(group);
        }
    }

    @Test
    void aNotificationAboutNoKnownRequestIsRecordedAndLeavesTheSurroundingWorkCommitted() {
        String unknown = "TA-1999-99999";

        String reference = transaction.execute(status -> {
            String submitted = submit().reference();
            notifications.overdue(unknown, "Approve deliverable", Instant.parse("2026-01-01T00:00:00Z"));
            return submitted;
        });

        assertThat(requests.get(paraguay, reference).reference()).isEqualTo(reference);
        assertThat(entries(unknown, NotificationKind.OVERDUE)).extracting(OutboxEntry::recipient)
                .contains("manager@example.org");
    }

    private AssistanceRequest submit() {
        return requests.submit(paraguay, aRequest().build());
    }

    private List<OutboxEntry> entries(String reference, NotificationKind kind) {
        return outbox.entriesFor(reference).stream().filter(entry -> entry.kind() == kind).toList();
    }

    private List<CaseEntry> history(String reference) {
        return requests.details(coordinator, reference).events().stream()
                .filter(event -> event.kind() == EntryKind.NOTIFICATION_SENT).toList();
    }

    private void createGroupWith(String groupId, String memberWithMail, String memberWithoutMail) {
        Group group = identityService.newGroup(groupId);
        group.setName("Notification test desk");
        identityService.saveGroup(group);
        for (String id : List.of(memberWithMail, memberWithoutMail)) {
            User user = identityService.newUser(id);
            user.setPassword("demo");
            if (id.equals(memberWithMail)) {
                user.setEmail(id + "@example.org");
            }
            identityService.saveUser(user);
            identityService.createMembership(id, groupId);
        }
    }
}
