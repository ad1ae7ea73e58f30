package org.advisorydesk.notification;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.advisorydesk.DeskTest;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestScenario;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.task.OverdueWatch;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Notifications reach a real SMTP server, once their work has committed, and only then. */
@DeskTest
class NotificationMailTest {

    static final String FROM = "notifications@desk.example.org";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
        registry.add("advisorydesk.notifications.from", () -> FROM);
        // this class has its own context, and Camunda registers engines per JVM by name (no hyphens allowed)
        registry.add("camunda.bpm.process-engine-name", () -> "notificationMailTest");
    }

    @Autowired Notifications notifications;
    @Autowired RequestService requests;
    @Autowired Outbox outbox;
    @Autowired TransactionTemplate transaction;
    @Autowired RequestScenario scenario;
    @Autowired OverdueWatch overdueWatch;

    private final CurrentUser paraguay = new CurrentUser("gov.paraguay", Set.of("gov-pry"));

    @Test
    void newWorkIsMailedToEachMemberOfTheGroupThatReceivesIt() throws Exception {
        String reference = submit().reference();

        notifications.newWork("ohchr", reference, "Prepare deliverable");

        MimeMessage mail = single(received("new work for your group, Prepare deliverable"));
        assertThat(recipients(mail)).containsExactly("ohchr.officer@example.org");
        assertThat(mail.getFrom()[0].toString()).isEqualTo(FROM);
        assertThat(mail.getSubject()).contains(reference).contains("new work").contains("Prepare deliverable");
        assertThat(GreenMailUtil.getBody(mail)).contains(reference).contains("sign in");
        assertThat(entries(reference, NotificationKind.NEW_WORK, "Prepare deliverable")).singleElement().satisfies(entry -> {
            assertThat(entry.state()).isEqualTo(OutboxState.SENT);
            assertThat(entry.sentAt()).isNotNull();
            assertThat(entry.recipient()).isEqualTo("ohchr.officer@example.org");
        });
    }

    @Test
    void theGovernmentIsMailedAtItsFocalPointsAndAtTheRequestsContact() throws Exception {
        AssistanceRequest request = submit();

        notifications.toGovernment("PRY", request.contactEmail(), request.reference(),
                NotificationKind.CLARIFICATION_REQUESTED, "Which version of Law 978/96 applies?");

        List<MimeMessage> received = received("clarification requested");
        assertThat(received).hasSize(2);
        assertThat(received.stream().map(NotificationMailTest::recipients).flatMap(List::stream))
                .containsExactlyInAnyOrder("gov.paraguay@example.org", "focal.point@example.org");
        for (MimeMessage mail : received) {
            assertThat(mail.getSubject()).contains(request.reference()).contains("clarification requested");
            assertThat(GreenMailUtil.getBody(mail)).contains(request.reference())
                    .contains("Which version of Law 978/96 applies?");
        }
        assertThat(entries(request.reference(), NotificationKind.CLARIFICATION_REQUESTED)).hasSize(2)
                .allSatisfy(entry -> assertThat(entry.state()).isEqualTo(OutboxState.SENT));
    }

    @Test
    void overdueWorkIsMailedToTheManagersWithItsDueDate() throws Exception {
        String reference = submit().reference();

        notifications.overdue(reference, "Approve deliverable", Instant.parse("2026-03-05T14:30:00Z"));

        MimeMessage mail = single(received("overdue, Approve deliverable"));
        assertThat(recipients(mail)).containsExactly("manager@example.org");
        assertThat(mail.getSubject()).contains(reference).contains("overdue").contains("Approve deliverable");
        assertThat(GreenMailUtil.getBody(mail)).contains(reference).contains("2026-03-05 14:30 UTC");
        assertThat(entries(reference, NotificationKind.OVERDUE)).singleElement()
                .satisfies(entry -> assertThat(entry.state()).isEqualTo(OutboxState.SENT));
    }

    @Test
    void aWithdrawalIsMailedOnceToEachMemberOfEveryInvolvedGroup() throws Exception {
        String reference = submit().reference();

        notifications.toGroups(List.of("ohchr", "ilo", "ohchr"), reference, NotificationKind.REQUEST_WITHDRAWN, null);

        List<MimeMessage> received = received(reference + ": request withdrawn");
        assertThat(received.stream().map(NotificationMailTest::recipients).flatMap(List::stream))
                .containsExactlyInAnyOrder("ohchr.officer@example.org", "ilo.officer@example.org");
    }

    @Test
    void mailIsSentOnlyOnceTheWorkThatCausedItCommits() {
        String reference = transaction.execute(status -> {
            String submitted = submit().reference();
            notifications.newWork("ohchr", submitted, "Prepare deliverable");
            assertThat(received("Prepare deliverable")).as("received before the commit").isEmpty();
            return submitted;
        });

        assertThat(received("Prepare deliverable")).hasSize(1);
        assertThat(entries(reference, NotificationKind.NEW_WORK, "Prepare deliverable")).singleElement()
                .satisfies(entry -> assertThat(entry.state()).isEqualTo(OutboxState.SENT));
    }

    @Test
    void nothingIsSentOrRecordedForWorkThatRolledBack() {
        String reference = transaction.execute(status -> {
            String submitted = submit().reference();
            notifications.newWork("ohchr", submitted, "Prepare deliverable");
            notifications.toGovernment("PRY", "focal.point@example.org", submitted, NotificationKind.REQUEST_CLOSED, null);
            status.setRollbackOnly();
            return submitted;
        });

        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(outbox.entriesFor(reference)).isEmpty();
    }

    @Test
    void aFailingMailServerLeavesTheWorkCommittedAndTheNotificationFailed() {
        greenMail.stop();

        String reference = transaction.execute(status -> {
            String submitted = submit().reference();
            notifications.newWork("ohchr", submitted, "Prepare deliverable");
            return submitted;
        });

        assertThat(requests.get(paraguay, reference).reference()).isEqualTo(reference);
        assertThat(entries(reference, NotificationKind.NEW_WORK, "Prepare deliverable")).singleElement().satisfies(entry -> {
            assertThat(entry.state()).isEqualTo(OutboxState.FAILED);
            assertThat(entry.sentAt()).isNull();
            assertThat(entry.error()).isNotBlank();
        });
    }

    @Test
    void aNewStaffTaskIsMailedToItsGroup() {
        AssistanceRequest request = submit();

        List<MimeMessage> received = received("new work for your group, Screen request").stream()
                .filter(m -> subject(m).contains(request.reference())).toList();

        assertThat(received).singleElement().satisfies(mail ->
                assertThat(recipients(mail)).containsExactly("coordinator@example.org"));
    }

    @Test
    void aClarificationRequestMailsTheGovernmentWithTheQuestion() {
        AssistanceRequest request = submit();

        scenario.complete(RequestScenario.COORDINATOR, request, "screen-request",
                java.util.Map.of("screeningOutcome", "NEEDS_CLARIFICATION", "clarificationQuestion", "Which bill is meant?"));

        List<MimeMessage> received = received("clarification requested").stream()
                .filter(m -> subject(m).contains(request.reference())).toList();
        assertThat(received.stream().map(NotificationMailTest::recipients).flatMap(List::stream))
                .containsExactlyInAnyOrder("gov.paraguay@example.org", "focal.point@example.org");
        assertThat(GreenMailUtil.getBody(received.get(0))).contains("Which bill is meant?");
    }

    @Test
    void overdueWorkIsToldToTheManagersOnceAndMarksTheRequest() {
        AssistanceRequest request = submit();
        try {
            ClockUtil.setCurrentTime(java.util.Date.from(Instant.now().plus(java.time.Duration.ofDays(15))));
            int first = overdueWatch.check();
            int second = overdueWatch.check();

            assertThat(first).isGreaterThanOrEqualTo(1);
            assertThat(second).isZero();
        } finally {
            ClockUtil.reset();
        }
        List<MimeMessage> received = received("overdue").stream()
                .filter(m -> subject(m).contains(request.reference())).toList();
        assertThat(received).singleElement().satisfies(mail ->
                assertThat(recipients(mail)).containsExactly("manager@example.org"));
        assertThat(requests.get(RequestScenario.COORDINATOR, request.reference()).overdueSince()).isNotNull();
        assertThat(scenario.instanceOf(request)).isNotNull();
    }

    private AssistanceRequest submit() {
        return requests.submit(paraguay, aRequest().build());
    }

    private static MimeMessage single(List<MimeMessage> received) {
        assertThat(received).hasSize(1);
        return received.get(0);
    }

    /** The mail received with this in its subject (the process sends its own about the same request). */
    private static List<MimeMessage> received(String subjectPart) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(mail -> subject(mail).contains(subjectPart)).toList();
    }

    /** What the outbox holds of this kind about the task (the process records its own notifications too). */
    private List<OutboxEntry> entries(String reference, NotificationKind kind, String taskName) {
        return outbox.entriesFor(reference).stream()
                .filter(entry -> entry.kind() == kind && entry.subject().contains(taskName)).toList();
    }

    private List<OutboxEntry> entries(String reference, NotificationKind kind) {
        return entries(reference, kind, "");
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage mail) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
